import numpy as np


def logistic_regression_gd(X, y, lr, n_iters):
    """Fit binary logistic regression by full-batch gradient descent from w = 0, b = 0.

    Returns (w, b, losses): losses[t] is the mean log-loss after t updates (n_iters + 1 values).
    """
    # your code here: for now, no training happens
    w = np.zeros(np.shape(X)[1])
    b = 0.0
    losses = [0.0] * (n_iters + 1)
    return w, b, losses
