import numpy as np

TIE = 1e-12  # weighted impurities closer than this are equal


def best_split(X, y):
    """The decision-stump split (feature, threshold, weighted Gini) with the lowest impurity.

    Returns None when no feature has two distinct values.
    """
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    n = len(y)
    if n < 2:
        return None
    _, codes = np.unique(y, return_inverse=True)
    onehot = np.eye(codes.max() + 1)[codes]          # (n, classes)
    total = onehot.sum(axis=0)

    candidates = []                                   # per feature: (thresholds, impurities)
    for j in range(X.shape[1]):
        order = np.argsort(X[:, j], kind="stable")
        xs = X[order, j]
        left = np.cumsum(onehot[order], axis=0)[:-1]  # class counts of the first i + 1 values
        cut = xs[:-1] < xs[1:]                        # only between distinct values
        left = left[cut]
        right = total - left
        n_left = left.sum(axis=1)
        n_right = n - n_left
        # n_L·Gini(L) + n_R·Gini(R) = n - Σc_L²/n_L - Σc_R²/n_R
        impurity = (n - (left**2).sum(axis=1) / n_left - (right**2).sum(axis=1) / n_right) / n
        thresholds = (xs[:-1][cut] + xs[1:][cut]) / 2
        candidates.append((thresholds, impurity))

    if all(len(t) == 0 for t, _ in candidates):
        return None
    best = min(imp.min() for _, imp in candidates if len(imp))
    for j, (thresholds, impurity) in enumerate(candidates):  # smallest feature first
        near = np.flatnonzero(impurity <= best + TIE)
        if len(near):
            i = near[0]                                       # thresholds ascend: smallest first
            return j, float(thresholds[i]), float(impurity[i])
