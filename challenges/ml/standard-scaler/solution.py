import numpy as np


def standard_scale(X_train, X_test):
    """Standardise both arrays with the per-column mean and std learned from X_train."""
    X_train = np.asarray(X_train, dtype=np.float64)  # copies int/bool/float32 input
    X_test = np.asarray(X_test, dtype=np.float64)
    mean = np.nanmean(X_train, axis=0)                # fit on the training rows only,
    std = np.nanstd(X_train, axis=0)                  # ignoring NaN; population std (ddof=0)
    constant = np.nanmax(X_train, axis=0) == np.nanmin(X_train, axis=0)
    scale = np.where(constant, 1.0, std)              # never divide by a zero std
    return (X_train - mean) / scale, (X_test - mean) / scale
