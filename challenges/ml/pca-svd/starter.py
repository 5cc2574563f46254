import numpy as np


def pca(X, n_components=2):
    """Principal axes, explained-variance ratios and projected data of X, by SVD."""
    # your code here: for now, the first coordinate axes, unexplained
    X = np.asarray(X, dtype=np.float64)
    components = np.eye(X.shape[1])[:n_components]
    return components, np.zeros(n_components), X @ components.T
