import numpy as np


def kmeans_pp_init(X, k, seed=0):
    """Row indices of the k initial centres chosen by k-means++ with a seeded Generator."""
    X = np.asarray(X, dtype=np.float64)
    n = len(X)
    rng = np.random.default_rng(seed)
    chosen = [int(rng.integers(n))]
    # squared distance from every point to its nearest chosen centre, from differences
    # (|x|^2 + |c|^2 - 2 x.c cancels catastrophically far from the origin)
    closest = ((X - X[chosen[0]]) ** 2).sum(axis=1)
    for _ in range(1, k):
        nxt = int(rng.choice(n, p=closest / closest.sum()))
        chosen.append(nxt)
        closest = np.minimum(closest, ((X - X[nxt]) ** 2).sum(axis=1))
    return np.array(chosen, dtype=np.int64)
