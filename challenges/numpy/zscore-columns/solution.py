import numpy as np


def zscore_columns(X):
    """Standardise each column of X to mean 0 and population std 1, ignoring NaN; float64 result."""
    X = np.asarray(X, dtype=np.float64)  # int/bool/float32 -> float64; X itself is never written
    present = ~np.isnan(X)
    count = present.sum(axis=0)  # non-NaN values per column, shape (d,)
    with np.errstate(invalid="ignore", divide="ignore"):  # all-NaN column: 0 / 0 -> NaN, as wanted
        mean = np.where(present, X, 0.0).sum(axis=0) / count
        centred = X - mean  # (n, d) - (d,) broadcasts over rows; NaN stays NaN
        std = np.sqrt(np.where(present, centred**2, 0.0).sum(axis=0) / count)  # ddof=0
        z = centred / std
    # "constant" is decided from the values: a computed std can be 1e-17 instead of 0
    lo = np.where(present, X, np.inf).min(axis=0, initial=np.inf)
    hi = np.where(present, X, -np.inf).max(axis=0, initial=-np.inf)
    return np.where((lo == hi) & present, 0.0, z)
