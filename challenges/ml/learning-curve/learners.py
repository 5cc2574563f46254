"""Deterministic learners (fit and predict in one call) the tests hand to learning_curve."""

import numpy as np


def majority(X_train, y_train, X_eval):
    """The most frequent training label for every row; a tie goes to the smallest label."""
    labels, counts = np.unique(y_train, return_counts=True)
    return np.full(len(X_eval), labels[np.argmax(counts)])


def nearest_neighbour(X_train, y_train, X_eval):
    """1-nearest neighbour (Euclidean); among equally near rows the first one."""
    X_train = np.asarray(X_train, dtype=np.float64)
    X_eval = np.asarray(X_eval, dtype=np.float64)
    d2 = ((X_eval[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=2)
    return np.asarray(y_train)[np.argmin(d2, axis=1)]


def nearest_mean_list(X_train, y_train, X_eval):
    """The class with the nearest mean, returned as a plain list."""
    X_train = np.asarray(X_train, dtype=np.float64)
    labels = np.unique(y_train)
    means = np.array([X_train[np.asarray(y_train) == c].mean(axis=0) for c in labels])
    d2 = ((np.asarray(X_eval, dtype=np.float64)[:, None, :] - means[None, :, :]) ** 2).sum(axis=2)
    return labels[np.argmin(d2, axis=1)].tolist()
