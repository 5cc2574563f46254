import numpy as np


def scale_train_test(X_train, X_test, with_std=True):
    """Standardise both sets with statistics fitted on X_train alone (NaN ignored, kept)."""
    # your code here: for now, each set is scaled with its own statistics (a leak)
    X_train = np.asarray(X_train, dtype=np.float64)
    X_test = np.asarray(X_test, dtype=np.float64)
    return ((X_train - X_train.mean(axis=0)) / X_train.std(axis=0),
            (X_test - X_test.mean(axis=0)) / X_test.std(axis=0))
