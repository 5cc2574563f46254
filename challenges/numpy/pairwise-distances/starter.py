import numpy as np


def pairwise_distances(A, B):
    """(n, m) float64 matrix of Euclidean distances between the rows of A and the rows of B."""
    # your code here
    return np.zeros((A.shape[0], B.shape[0]))
