import numpy as np


def best_split(X, y):
    """The decision-stump split (feature, threshold, weighted Gini) with the lowest impurity.

    Returns None when no feature has two distinct values.
    """
    # your code here: for now, always split feature 0 at 0.0
    return 0, 0.0, 0.5
