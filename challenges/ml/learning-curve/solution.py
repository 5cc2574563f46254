import numpy as np


def learning_curve(fit_predict, X, y, train_sizes, k=5):
    """Learning curve: accuracy on the training subset and on the held-out fold.

    Returns (train_scores, val_scores), each of shape (len(train_sizes), k).
    """
    X = np.asarray(X)
    y = np.asarray(y)
    n = len(y)
    # k contiguous folds in order; the first n % k of them one row longer (scikit-learn's KFold)
    sizes = np.full(k, n // k)
    sizes[: n % k] += 1
    bounds = np.concatenate([[0], np.cumsum(sizes)])
    train_scores = np.empty((len(train_sizes), k))
    val_scores = np.empty((len(train_sizes), k))
    for f in range(k):
        val = np.arange(bounds[f], bounds[f + 1])
        train = np.concatenate([np.arange(0, bounds[f]), np.arange(bounds[f + 1], n)])
        for s, size in enumerate(train_sizes):
            part = train[:size]  # the first rows of the training folds, in order
            X_part, y_part = X[part], y[part]
            train_scores[s, f] = np.mean(np.asarray(fit_predict(X_part, y_part, X_part)) == y_part)
            val_scores[s, f] = np.mean(np.asarray(fit_predict(X_part, y_part, X[val])) == y[val])
    return train_scores, val_scores
