import numpy as np


def zscore_columns(X):
    """Standardise each column of X to mean 0 and population std 1, ignoring NaN; float64 result."""
    # your code here
    return np.zeros(X.shape)
