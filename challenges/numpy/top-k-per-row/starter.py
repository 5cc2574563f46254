import numpy as np


def top_k_indices(scores, k):
    """(n, min(k, m)) indices of each row's k largest scores: larger first, ties by lower index, NaN last."""
    # your code here: for now, the first k columns of every row
    n, m = scores.shape
    return np.tile(np.arange(min(k, m)), (n, 1))
