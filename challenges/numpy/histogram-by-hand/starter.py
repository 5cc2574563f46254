import numpy as np


def histogram(x, bins=10, value_range=None):
    """(counts, edges) of equal-width bins like np.histogram: half-open bins, the last one closed."""
    # your code here: for now every bin is empty
    lo, hi = value_range if value_range is not None else (0.0, 1.0)
    return np.zeros(bins, dtype=np.int64), np.linspace(lo, hi, bins + 1)
