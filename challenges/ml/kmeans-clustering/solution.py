import numpy as np


def kmeans(X, k, seed):
    """k-means: k-means++ seeding, Lloyd iterations, best of 10 restarts.

    Returns (centroids (k, d), labels (n,), inertia).
    """
    X = np.asarray(X, dtype=np.float64)
    rng = np.random.default_rng(seed)
    best = None
    for _ in range(10):
        centroids = _kmeans_plus_plus(X, k, rng)
        result = _lloyd(X, centroids, max_iter=300)
        if best is None or result[2] < best[2]:
            best = result
    return best


def _sq_dists(X, C):
    """(n, k) squared Euclidean distances from every point to every centroid.

    Accumulated one coordinate at a time: exact differences (no |x|² - 2x·c + |c|² cancellation)
    without the slow reduction over a tiny last axis of an (n, k, d) array."""
    d2 = np.zeros((len(X), len(C)))
    for j in range(X.shape[1]):
        diff = X[:, j, None] - C[None, :, j]
        d2 += diff * diff
    return d2


def _kmeans_plus_plus(X, k, rng):
    n = len(X)
    chosen = [int(rng.integers(n))]                      # the first centre: uniform
    d2 = ((X - X[chosen[0]]) ** 2).sum(axis=1)           # squared distance to the nearest centre
    for _ in range(1, k):
        nxt = int(rng.choice(n, p=d2 / d2.sum()))        # proportional to D(x)^2
        chosen.append(nxt)
        d2 = np.minimum(d2, ((X - X[nxt]) ** 2).sum(axis=1))
    return X[chosen].copy()


def _lloyd(X, centroids, max_iter):
    labels = _sq_dists(X, centroids).argmin(axis=1)      # ties: the lowest centroid index
    for _ in range(max_iter):
        centroids = _update(X, labels, centroids)
        new_labels = _sq_dists(X, centroids).argmin(axis=1)
        if np.array_equal(new_labels, labels):           # a fixed point: done
            break
        labels = new_labels
    d2 = _sq_dists(X, centroids)
    return centroids, labels, float(d2[np.arange(len(X)), labels].sum())


def _update(X, labels, old):
    k, d = old.shape
    counts = np.bincount(labels, minlength=k)
    sums = np.column_stack([np.bincount(labels, weights=X[:, j], minlength=k) for j in range(d)])
    centroids = old.copy()
    filled = counts > 0
    centroids[filled] = sums[filled] / counts[filled, None]
    empty = np.flatnonzero(~filled)
    if len(empty):
        # re-seed each empty cluster at a point far from its current centroid
        far = np.argsort(-((X - old[labels]) ** 2).sum(axis=1), kind="stable")
        centroids[empty] = X[far[: len(empty)]]
    return centroids
