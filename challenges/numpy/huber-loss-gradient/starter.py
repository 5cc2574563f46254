import numpy as np


def huber_loss(y_true, y_pred, delta=1.0):
    """(mean Huber loss, its gradient w.r.t. y_pred): quadratic for |r| <= delta, linear beyond."""
    # your code here: for now the mean squared error and its gradient
    r = np.asarray(y_pred, dtype=np.float64) - np.asarray(y_true, dtype=np.float64)
    return float(np.mean(r**2)), 2 * r / r.size
