import numpy as np


def histogram(x, bins=10, value_range=None):
    """(counts, edges) of equal-width bins like np.histogram: half-open bins, the last one closed."""
    x = np.asarray(x, dtype=np.float64)
    x = x[~np.isnan(x)]  # a boolean mask also flattens a 2-D input
    if value_range is not None:
        lo, hi = float(value_range[0]), float(value_range[1])
    elif x.size:
        lo, hi = float(x.min()), float(x.max())
    else:
        lo, hi = 0.0, 1.0
    if lo == hi:
        lo, hi = lo - 0.5, hi + 0.5
    edges = np.linspace(lo, hi, bins + 1)
    # bin i holds edges[i] <= v < edges[i + 1]: the last edge not above v, found by binary search
    idx = np.searchsorted(edges, x, side="right") - 1
    idx[x == edges[-1]] = bins - 1  # the last bin is closed on the right
    inside = (idx >= 0) & (idx < bins)  # below lo gives -1, above hi gives bins
    counts = np.bincount(idx[inside], minlength=bins).astype(np.int64)
    return counts, edges
