import numpy as np


def time_series_splits(timestamps, n_splits, gap=0):
    """Expanding-window folds over the distinct timestamps: a list of (train_idx, test_idx)."""
    times, rank = np.unique(np.asarray(timestamps), return_inverse=True)  # rank: row -> time
    rank = rank.ravel()
    m = len(times)
    size = m // (n_splits + 1)  # distinct timestamps per test block
    if size == 0 or m - n_splits * size - gap <= 0:
        return []  # not enough history for a non-empty first training set
    folds = []
    for i in range(n_splits):
        start = m - (n_splits - i) * size  # rank of the first test timestamp
        train = np.flatnonzero(rank < start - gap)
        test = np.flatnonzero((rank >= start) & (rank < start + size))
        folds.append((train, test))
    return folds
