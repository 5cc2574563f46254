import numpy as np


def standard_scale(X_train, X_test):
    """Standardise both arrays with the per-column mean and std learned from X_train."""
    # your code here: for now, the data comes back unscaled
    return np.asarray(X_train, dtype=np.float64), np.asarray(X_test, dtype=np.float64)
