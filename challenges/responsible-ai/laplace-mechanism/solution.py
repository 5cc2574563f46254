import math

import numpy as np


class BudgetExceeded(Exception):
    """A release would spend more epsilon than the budget has left."""


class LaplaceMechanism:
    """Releases noisy answers with the Laplace mechanism under one total privacy budget."""

    def __init__(self, total_epsilon, seed=None):
        if not _positive(total_epsilon):
            raise ValueError(f"total_epsilon must be a positive finite number, got {total_epsilon!r}")
        self.total_epsilon = float(total_epsilon)
        self.spent = 0.0
        self._rng = np.random.default_rng(seed)

    @property
    def remaining(self):
        return max(self.total_epsilon - self.spent, 0.0)

    def release(self, value, sensitivity, epsilon):
        if not _positive(sensitivity):
            raise ValueError(f"sensitivity must be a positive finite number, got {sensitivity!r}")
        if not _positive(epsilon):
            raise ValueError(f"epsilon must be a positive finite number, got {epsilon!r}")
        if self.spent + epsilon > self.total_epsilon + 1e-9:
            raise BudgetExceeded(
                f"epsilon {epsilon} asked, only {self.remaining} of {self.total_epsilon} remaining"
            )
        scale = sensitivity / epsilon
        if np.ndim(value) == 0:
            noisy = float(value) + self._rng.laplace(0.0, scale)
            result = float(noisy)
        else:
            values = np.asarray(value, dtype=float)
            result = values + self._rng.laplace(0.0, scale, size=values.shape)
        self.spent += epsilon
        return result


def _positive(x):
    return isinstance(x, (int, float, np.integer, np.floating)) and not isinstance(x, bool) \
        and math.isfinite(x) and x > 0
