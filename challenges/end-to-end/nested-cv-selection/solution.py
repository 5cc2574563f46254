import numpy as np


def kfold(n, k, perm=None):
    """(train, test) index arrays as scikit-learn's KFold: the first n % k folds get one more row."""
    order = np.arange(n) if perm is None else perm
    sizes = np.full(k, n // k)
    sizes[: n % k] += 1
    folds, start = [], 0
    for size in sizes:
        test = np.zeros(n, dtype=bool)
        test[order[start:start + size]] = True
        folds.append((np.flatnonzero(~test), np.flatnonzero(test)))
        start += size
    return folds


def ridge_fit(X, y, alpha):
    """Ridge with an unpenalised intercept: centre, solve (Xc'Xc + alpha I) w = Xc'yc."""
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc = X - x_mean
    w = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(X.shape[1]), Xc.T @ (y - y_mean))
    return w, y_mean - x_mean @ w


def r2(y, pred):
    return 1.0 - np.sum((y - pred) ** 2) / np.sum((y - y.mean()) ** 2)


def cv_scores(X, y, alphas, folds):
    """Mean R² over the folds for every alpha."""
    means = []
    for alpha in alphas:
        scores = []
        for train, test in folds:
            w, b = ridge_fit(X[train], y[train], alpha)
            scores.append(r2(y[test], X[test] @ w + b))
        means.append(float(np.mean(scores)))
    return means


def nested_cv(X, y, alphas, n_outer=5, n_inner=3, seed=0):
    """Outer R² of ridge whose alpha is chosen by inner CV on each outer training set."""
    X, y = np.asarray(X, dtype=np.float64), np.asarray(y, dtype=np.float64)
    outer = kfold(len(y), n_outer, np.random.RandomState(seed).permutation(len(y)))
    outer_scores, best_alphas = [], []
    for train, test in outer:
        inner = kfold(len(train), n_inner)  # positions within the outer training rows
        means = cv_scores(X[train], y[train], alphas, inner)
        best = alphas[int(np.argmax(means))]  # first alpha among equal means
        w, b = ridge_fit(X[train], y[train], best)
        outer_scores.append(float(r2(y[test], X[test] @ w + b)))
        best_alphas.append(best)
    return {"outer_scores": outer_scores, "best_alphas": best_alphas,
            "nested_score": float(np.mean(outer_scores)),
            "non_nested_score": max(cv_scores(X, y, alphas, outer))}
