import numpy as np


def dbscan(X, eps, min_samples=5):
    """DBSCAN cluster labels (0, 1, ... in order of discovery; -1 for noise)."""
    # your code here: for now, every point is noise
    return np.full(len(X), -1, dtype=np.int64)
