import numpy as np


def nested_cv(X, y, alphas, n_outer=5, n_inner=3, seed=0):
    """Outer R² of ridge whose alpha is chosen by inner CV on each outer training set."""
    # your code here: for now, plain least squares (no alpha, no inner CV) on unshuffled folds
    X, y = np.asarray(X, dtype=np.float64), np.asarray(y, dtype=np.float64)
    n = len(y)
    A = np.column_stack([X, np.ones(n)])
    scores = []
    for test in np.array_split(np.arange(n), n_outer):
        train = np.setdiff1d(np.arange(n), test)
        coef = np.linalg.lstsq(A[train], y[train], rcond=None)[0]
        resid = y[test] - A[test] @ coef
        scores.append(float(1 - resid @ resid / np.sum((y[test] - y[test].mean()) ** 2)))
    mean = float(np.mean(scores))
    return {"outer_scores": scores, "best_alphas": [alphas[0]] * n_outer,
            "nested_score": mean, "non_nested_score": mean}
