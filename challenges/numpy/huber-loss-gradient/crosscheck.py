"""The reference's loss against scipy.special.huber, and its gradient against finite differences."""

import numpy as np
from scipy.special import huber


def crosscheck(huber_loss, rng):
    for trial in range(300):
        shape = (int(rng.integers(1, 6)),) if trial % 2 else (int(rng.integers(1, 4)), int(rng.integers(1, 4)))
        delta = float(10.0 ** rng.uniform(-2, 2))
        y_true = rng.normal(0, 3, size=shape)
        y_pred = y_true + rng.normal(0, delta * 2, size=shape)
        loss, grad = huber_loss(y_true, y_pred, delta)
        expected = float(np.mean(huber(delta, y_pred - y_true)))
        assert np.isclose(loss, expected, rtol=1e-12, atol=1e-15), (
            f"trial {trial}: scipy gives {expected!r}, the reference {loss!r}; delta={delta}, "
            f"y_true={y_true!r}, y_pred={y_pred!r}")
        h = 1e-6 * delta
        for idx in np.ndindex(shape):
            up, down = y_pred.copy(), y_pred.copy()
            up[idx] += h
            down[idx] -= h
            numeric = (np.mean(huber(delta, up - y_true)) - np.mean(huber(delta, down - y_true))) / (2 * h)
            assert np.isclose(grad[idx], numeric, rtol=1e-5, atol=1e-8), (
                f"trial {trial}: gradient at {idx} is {grad[idx]!r}, finite differences give {numeric!r}")
