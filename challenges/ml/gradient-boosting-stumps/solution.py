import numpy as np


def _best_stump(X, order, residual):
    """(feature, threshold, left value, right value) of the stump with the least squared
    error on the residuals (some feature has two distinct values)."""
    n, d = X.shape
    total = residual.sum()
    n_left = np.arange(1, n)
    best, best_score = None, -np.inf
    for j in range(d):
        xs, rs = X[order[:, j], j], residual[order[:, j]]
        left_sum = np.cumsum(rs)[:-1]
        # maximising sum_l²/n_l + sum_r²/n_r is minimising the squared error of two means
        score = left_sum**2 / n_left + (total - left_sum) ** 2 / (n - n_left)
        score[xs[1:] <= xs[:-1]] = -np.inf  # no threshold between equal values
        i = int(np.argmax(score))
        if score[i] > best_score:
            best_score = score[i]
            best = (j, (xs[i] + xs[i + 1]) / 2, left_sum[i] / (i + 1), (total - left_sum[i]) / (n - i - 1))
    return best


def gradient_boost_stumps(X_train, y_train, X_test, n_estimators=100, learning_rate=0.1):
    """Predictions for X_test of gradient boosting with depth-1 trees and squared loss."""
    X = np.asarray(X_train, dtype=np.float64)
    y = np.asarray(y_train, dtype=np.float64)
    X_test = np.asarray(X_test, dtype=np.float64)
    fitted = np.full(len(y), y.mean())
    predicted = np.full(len(X_test), y.mean())
    if not (X != X[0]).any():
        # no split anywhere: every stump is one leaf predicting the mean residual, which is
        # 0 (training starts at the mean and every stump keeps the residuals' sum at 0)
        return predicted
    order = np.argsort(X, axis=0, kind="stable")
    for _ in range(n_estimators):
        residual = y - fitted  # the negative gradient of the squared loss
        j, threshold, left, right = _best_stump(X, order, residual)
        fitted += learning_rate * np.where(X[:, j] <= threshold, left, right)
        predicted += learning_rate * np.where(X_test[:, j] <= threshold, left, right)
    return predicted
