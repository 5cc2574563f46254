import numpy as np


def kfold_indices(n_samples, n_splits):
    """For each of n_splits consecutive folds, the pair (train_idx, test_idx), like sklearn's KFold."""
    # your code here
    return []
