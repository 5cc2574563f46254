import numpy as np


def moving_average(x, window, min_count=1):
    """'valid' moving average of x ignoring NaN; NaN where a window has < min_count numbers."""
    x = np.asarray(x, dtype=np.float64)  # ints and bools -> float64; input untouched
    n_out = len(x) - window + 1
    if n_out <= 0:
        return np.empty(0, dtype=np.float64)
    present = ~np.isnan(x)
    # centre the values before summing: prefix sums stay small, so differences stay exact
    offset = x[present].mean() if present.any() else 0.0
    filled = np.where(present, x - offset, 0.0)
    # prefix sums with a leading 0: the sum over x[i:i+w] is S[i+w] - S[i], O(n) for all windows
    S = np.concatenate(([0.0], np.cumsum(filled)))
    K = np.concatenate(([0], np.cumsum(present)))
    sums = S[window:] - S[:n_out]
    counts = K[window:] - K[:n_out]
    with np.errstate(invalid="ignore", divide="ignore"):  # empty windows: 0 / 0, replaced below
        means = sums / counts + offset
    return np.where(counts >= min_count, means, np.nan)
