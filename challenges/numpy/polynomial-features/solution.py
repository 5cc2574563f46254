import numpy as np


def poly2_features(X, interaction_only=False, include_bias=True):
    """[1, x, all x_i * x_j for i <= j (i < j if interaction_only)] for every row, as float64."""
    X = np.asarray(X, dtype=np.float64)
    n, d = X.shape
    # each unordered pair once, row-major: (0,0), (0,1), ..., (1,1), ... (k=1 drops the squares)
    i, j = np.triu_indices(d, k=1 if interaction_only else 0)
    products = X[:, i] * X[:, j]  # the (n, pairs) products, without the full (n, d, d) outer product
    parts = [X, products]
    if include_bias:
        parts.insert(0, np.ones((n, 1)))
    return np.hstack(parts)
