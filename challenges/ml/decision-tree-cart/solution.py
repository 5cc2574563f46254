import numpy as np

TIE = 1e-12  # weighted impurities closer than this are equal


def _best_split(X, codes, n_classes):
    """(feature, threshold) of the lowest weighted Gini split of one node, or None."""
    n = len(codes)
    onehot = np.eye(n_classes)[codes]
    total = onehot.sum(axis=0)
    per_feature = []  # (lowest impurity, its threshold) per feature, None when constant
    for j in range(X.shape[1]):
        order = np.argsort(X[:, j], kind="stable")
        xs = X[order, j]
        cut = xs[:-1] < xs[1:]  # thresholds only between distinct values
        if not cut.any():
            per_feature.append(None)
            continue
        left = np.cumsum(onehot[order], axis=0)[:-1][cut]
        right = total - left
        n_left = left.sum(axis=1)
        # n_L·Gini(L) + n_R·Gini(R) = n - Σc_L²/n_L - Σc_R²/n_R
        impurity = (n - (left**2).sum(axis=1) / n_left - (right**2).sum(axis=1) / (n - n_left)) / n
        i = np.flatnonzero(impurity <= impurity.min() + TIE)[0]  # the smallest threshold
        per_feature.append((impurity[i], (xs[:-1][cut][i] + xs[1:][cut][i]) / 2))
    found = [f for f in per_feature if f is not None]
    if not found:
        return None
    best = min(score for score, _ in found)
    for j, f in enumerate(per_feature):  # the smallest feature index among the ties
        if f is not None and f[0] <= best + TIE:
            return j, f[1]


def decision_tree_predict(X_train, y_train, X_test, max_depth=None, min_samples_split=2):
    """Labels for X_test from a CART classification tree (Gini) grown on X_train, y_train."""
    X = np.asarray(X_train, dtype=np.float64)
    X_test = np.asarray(X_test, dtype=np.float64)
    classes, codes = np.unique(np.asarray(y_train), return_inverse=True)
    codes = codes.ravel()
    predicted = np.zeros(len(X_test), dtype=np.intp)
    # an explicit stack of (training rows, test rows, depth): no recursion limit to hit
    stack = [(np.arange(len(codes)), np.arange(len(X_test)), 0)]
    while stack:
        rows, test_rows, depth = stack.pop()
        counts = np.bincount(codes[rows], minlength=len(classes))
        split = None
        if (max_depth is None or depth < max_depth) and len(rows) >= min_samples_split \
                and np.count_nonzero(counts) > 1:
            split = _best_split(X[rows], codes[rows], len(classes))
        if split is None:
            predicted[test_rows] = np.argmax(counts)  # a tie goes to the smallest label
            continue
        j, t = split
        left = X[rows, j] <= t
        test_left = X_test[test_rows, j] <= t
        stack.append((rows[left], test_rows[test_left], depth + 1))
        stack.append((rows[~left], test_rows[~test_left], depth + 1))
    return classes[predicted]
