import numpy as np


def kmeans(X, k, seed):
    """k-means: k-means++ seeding, Lloyd iterations, best of 10 restarts.

    Returns (centroids (k, d), labels (n,), inertia).
    """
    # your code here: for now, the first k points are the centroids and every point is in cluster 0
    X = np.asarray(X, dtype=np.float64)
    labels = np.zeros(len(X), dtype=np.int64)
    return X[:k].copy(), labels, float(((X - X[0]) ** 2).sum())
