import numpy as np


def mahalanobis(X, means, covs, squared=False):
    """(N, K) Mahalanobis distances of every row of X to every component (mean, covariance)."""
    # your code here: for now plain Euclidean distances, ignoring the covariances
    D = np.linalg.norm(X[:, None, :] - means[None, :, :], axis=-1)
    return D**2 if squared else D
