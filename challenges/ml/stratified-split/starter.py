import numpy as np


def stratified_split(y, n_test, seed):
    """(train_idx, test_idx): a random split of positions with per-class test counts as stated."""
    # your code here: for now, everything is training data
    return np.arange(len(y)), np.array([], dtype=np.int64)
