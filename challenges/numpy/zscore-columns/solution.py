import warnings

import numpy as np


def zscore_columns(X):
    """Standardise each column of X to mean 0 and population std 1, ignoring NaN; float64 result."""
    X = np.asarray(X, dtype=np.float64)  # int/bool/float32 -> float64; X itself is never written
    # "constant" is decided from the values: a computed std can be 1e-17 instead of 0
    lo = np.fmin.reduce(X, axis=0, initial=np.inf)  # fmin/fmax skip NaN
    hi = np.fmax.reduce(X, axis=0, initial=-np.inf)
    constant = lo == hi
    # z-scores do not change when a column is shifted and scaled, so map each column onto
    # [0, 1] first: squares of 1e-300 would underflow to 0 and squares of 1e300 overflow to inf
    span = np.where(constant, 1.0, hi - lo)
    Y = (X - np.where(constant, lo, np.where(np.isfinite(lo), lo, 0.0))) / span
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN column: NaN, as the contract says
        mean = np.nanmean(Y, axis=0)  # one value per column, shape (d,)
        std = np.nanstd(Y, axis=0)  # ddof=0: the population std
    mean = np.where(constant, 0.0, mean)  # a constant column is exactly 0 after the shift ...
    std = np.where(constant, 1.0, std)  # ... and stays 0 after the division
    return (Y - mean) / std  # (n, d) against (d,): broadcasts over the rows; NaN stays NaN
