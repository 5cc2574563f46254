import math

import numpy as np


def group_split(groups, test_size=0.2, seed=0):
    """Rows of whole groups to train and test, as GroupShuffleSplit(test_size, random_state=seed)."""
    names, row_group = np.unique(np.asarray(groups), return_inverse=True)
    row_group = row_group.ravel()
    n_groups = len(names)
    if n_groups < 2:
        return None  # one group cannot be on both sides
    if isinstance(test_size, float):
        n_test = math.ceil(test_size * n_groups)
    else:
        n_test = test_size
    n_test = min(n_test, n_groups - 1)  # keep at least one group for training
    order = np.random.RandomState(seed).permutation(n_groups)
    is_test = np.zeros(n_groups, dtype=bool)
    is_test[order[:n_test]] = True
    return np.flatnonzero(~is_test[row_group]), np.flatnonzero(is_test[row_group])
