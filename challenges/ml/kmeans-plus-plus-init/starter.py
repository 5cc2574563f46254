import numpy as np


def kmeans_pp_init(X, k, seed=0):
    """Row indices of the k initial centres chosen by k-means++ with a seeded Generator."""
    # your code here: for now, k rows drawn uniformly (plain random initialisation)
    rng = np.random.default_rng(seed)
    return rng.choice(len(X), size=k, replace=False)
