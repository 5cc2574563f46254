import numpy as np


def mahalanobis(X, means, covs, squared=False):
    """(N, K) Mahalanobis distances of every row of X to every component (mean, covariance)."""
    X = np.asarray(X, dtype=np.float64)
    M = np.asarray(means, dtype=np.float64)
    S = np.asarray(covs, dtype=np.float64)
    if S.ndim == 2:  # one shared (tied) covariance: a stack of one broadcasts over components
        S = S[None]
    P = np.linalg.inv(S)  # (K or 1, d, d) precision matrices, inverted as a stack
    diff = X[:, None, :] - M[None, :, :]  # (N, K, d)
    # the quadratic form δᵀ P δ for every (n, k), without an (N, K, d, d) intermediate
    d2 = np.einsum("nki,kij,nkj->nk", diff, np.broadcast_to(P, (len(M),) + P.shape[1:]), diff)
    d2 = np.maximum(d2, 0.0)  # round-off can dip just below zero at the mean
    return d2 if squared else np.sqrt(d2)
