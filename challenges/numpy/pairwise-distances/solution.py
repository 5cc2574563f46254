import numpy as np


def pairwise_distances(A, B):
    """(n, m) float64 matrix of Euclidean distances between the rows of A and the rows of B."""
    A = np.asarray(A, dtype=np.float64)  # copies integer/float32 data; never mutates the input
    B = np.asarray(B, dtype=np.float64)
    # ||a - b||^2 = ||a||^2 + ||b||^2 - 2 a.b : O(n*m) memory instead of O(n*m*d)
    sq = (A * A).sum(axis=1)[:, None] + (B * B).sum(axis=1)[None, :] - 2.0 * (A @ B.T)
    np.maximum(sq, 0.0, out=sq)  # rounding can dip below zero; NaN stays NaN
    return np.sqrt(sq)
