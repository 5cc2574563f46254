import numpy as np


def group_split(groups, test_size=0.2, seed=0):
    """Rows of whole groups to train and test, as GroupShuffleSplit(test_size, random_state=seed)."""
    # your code here: for now, a random split of the rows (a group may land on both sides)
    n = len(groups)
    order = np.random.RandomState(seed).permutation(n)
    n_test = int(np.ceil(test_size * n))
    return np.sort(order[n_test:]), np.sort(order[:n_test])
