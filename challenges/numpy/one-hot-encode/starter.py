import numpy as np


def one_hot(labels, classes):
    """(n, C) integer matrix: out[i, j] = 1 when labels[i] == classes[j]; unseen labels give zeros."""
    # your code here
    return np.zeros((len(labels), len(classes)), dtype=np.int64)
