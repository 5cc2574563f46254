import numpy as np


def kfold_indices(n_samples, n_splits):
    """For each of n_splits consecutive folds, the pair (train_idx, test_idx), like sklearn's KFold."""
    n_samples, n_splits = int(n_samples), int(n_splits)
    sizes = np.full(n_splits, n_samples // n_splits, dtype=np.int64)
    sizes[: n_samples % n_splits] += 1  # the first n % k folds take one extra sample
    indices = np.arange(n_samples)
    folds = []
    start = 0
    for size in sizes:
        stop = start + int(size)
        test = indices[start:stop]
        train = np.concatenate([indices[:start], indices[stop:]])  # already ascending
        folds.append((train, test))
        start = stop
    return folds
