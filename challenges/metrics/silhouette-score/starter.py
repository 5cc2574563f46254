import numpy as np


def silhouette_score(X, labels):
    """Mean silhouette coefficient of a clustering under Euclidean distance."""
    # your code here
    return 1.0
