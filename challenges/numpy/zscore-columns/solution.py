import warnings

import numpy as np


def zscore_columns(X):
    """Standardise each column of X to mean 0 and population std 1, ignoring NaN; float64 result."""
    X = np.asarray(X, dtype=np.float64)  # int/bool/float32 -> float64; X itself is never written
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN column: NaN, as the contract says
        mean = np.nanmean(X, axis=0)  # one value per column, shape (d,)
        std = np.nanstd(X, axis=0)  # ddof=0: the population std
    # "constant" is decided from the values: a computed std can be 1e-17 instead of 0
    lo = np.fmin.reduce(X, axis=0, initial=np.inf)  # fmin/fmax skip NaN
    hi = np.fmax.reduce(X, axis=0, initial=-np.inf)
    constant = lo == hi
    mean = np.where(constant, lo, mean)  # x - lo is exactly 0 in a constant column ...
    std = np.where(constant, 1.0, std)  # ... and stays 0 after the division
    return (X - mean) / std  # (n, d) against (d,): broadcasts over the rows; NaN stays NaN
