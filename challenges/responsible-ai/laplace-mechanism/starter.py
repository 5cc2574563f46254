import numpy as np


class BudgetExceeded(Exception):
    """A release would spend more epsilon than the budget has left."""


class LaplaceMechanism:
    """Releases noisy answers with the Laplace mechanism under one total privacy budget."""

    def __init__(self, total_epsilon, seed=None):
        self.total_epsilon = float(total_epsilon)
        self.spent = 0.0
        self._rng = np.random.default_rng(seed)

    @property
    def remaining(self):
        return self.total_epsilon - self.spent

    def release(self, value, sensitivity, epsilon):
        # your code here: check the arguments and the budget, add Laplace noise, record the spend
        return value
