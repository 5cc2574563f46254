import numpy as np


def huber_loss(y_true, y_pred, delta=1.0):
    """(mean Huber loss, its gradient w.r.t. y_pred): quadratic for |r| <= delta, linear beyond."""
    r = np.asarray(y_pred, dtype=np.float64) - np.asarray(y_true, dtype=np.float64)
    abs_r = np.abs(r)
    small = abs_r <= delta
    # square only the small residuals: 1e300 ** 2 would overflow (and warn) in the other branch
    quadratic = 0.5 * np.where(small, r, 0.0) ** 2
    linear = delta * (abs_r - 0.5 * delta)
    losses = np.where(small, quadratic, linear)
    grad = np.where(small, r, delta * np.sign(r)) / r.size  # d mean / d y_pred
    return float(losses.mean()), grad
