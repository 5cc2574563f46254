import math

import numpy as np


def silhouette_score(X, labels):
    """Mean silhouette coefficient of a clustering under Euclidean distance."""
    X = np.asarray(X, dtype=float)
    names, codes = np.unique(np.asarray(labels), return_inverse=True)
    n, k = len(codes), len(names)
    if k < 2 or k == n:
        return math.nan
    sizes = np.bincount(codes, minlength=k)
    s = np.zeros(n)
    for i in range(n):
        # Differences first, then squares: |x|² + |y|² − 2x·y cancels for points far from 0.
        d = np.sqrt(np.sum((X - X[i]) ** 2, axis=1))
        sums = np.bincount(codes, weights=d, minlength=k)
        own = codes[i]
        if sizes[own] == 1:
            continue  # a sample alone in its cluster scores 0
        a = sums[own] / (sizes[own] - 1)
        means = sums / sizes
        means[own] = np.inf
        b = np.min(means)
        if a == b:
            continue  # s = 0, and no 0 / 0 when both are 0 (duplicate points)
        s[i] = (b - a) / max(a, b)
    return float(np.mean(s))
