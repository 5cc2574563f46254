import numpy as np


def lasso_fit(X, y, alpha):
    """Weights w and intercept b minimising ||y - Xw - b||^2 / (2n) + alpha * ||w||_1."""
    # your code here: for now, every weight is 0 and the intercept is 0
    return np.zeros(np.shape(X)[1]), 0.0
