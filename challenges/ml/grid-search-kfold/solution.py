import numpy as np

TIE = 1e-12


def grid_search_cv(fit_predict, X, y, param_values, k=5):
    """(best value, mean validation accuracy of every value) by k-fold cross-validation."""
    X = np.asarray(X)
    y = np.asarray(y)
    n = len(y)
    # k contiguous folds in order; the first n % k of them one row longer (scikit-learn's KFold)
    sizes = np.full(k, n // k)
    sizes[: n % k] += 1
    bounds = np.concatenate([[0], np.cumsum(sizes)])
    mean_scores = np.empty(len(param_values))
    for v, value in enumerate(param_values):
        fold_scores = []
        for f in range(k):
            val = np.arange(bounds[f], bounds[f + 1])
            train = np.concatenate([np.arange(0, bounds[f]), np.arange(bounds[f + 1], n)])
            predicted = np.asarray(fit_predict(X[train], y[train], X[val], value))
            fold_scores.append(np.mean(predicted == y[val]))
        mean_scores[v] = np.mean(fold_scores)  # every fold counts the same, whatever its size
    # scores within 1e-12 of the best tie (rounding in the mean); a tie goes to the first value
    best = int(np.flatnonzero(mean_scores >= mean_scores.max() - TIE)[0])
    return param_values[best], mean_scores
