import numpy as np


def scale_train_test(X_train, X_test, with_std=True):
    """Standardise both sets with statistics fitted on X_train alone (NaN ignored, kept)."""
    X_train = np.asarray(X_train, dtype=np.float64)
    X_test = np.asarray(X_test, dtype=np.float64)
    present = ~np.isnan(X_train)
    count = present.sum(axis=0)
    filled = np.where(present, X_train, 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = filled.sum(axis=0) / count  # NaN for an all-NaN column
        # two passes: subtracting the mean first keeps a 1e12 offset from eating the spread
        deviations = np.where(present, X_train - mean, 0.0)
        std = np.sqrt((deviations**2).sum(axis=0) / count)
    if with_std:
        # a column whose values are all equal is only centred
        lowest = np.where(present, X_train, np.inf).min(axis=0)
        highest = np.where(present, X_train, -np.inf).max(axis=0)
        scale = np.where(lowest == highest, 1.0, std)
    else:
        scale = np.ones_like(mean)
    return (X_train - mean) / scale, (X_test - mean) / scale
