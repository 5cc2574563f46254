"""Learners with one hyper-parameter (fit and predict in one call) for grid_search_cv."""

import numpy as np


def knn(X_train, y_train, X_eval, n_neighbors):
    """k-nearest neighbours (Euclidean), majority vote, ties to the smallest label; among
    equally near training rows the earlier one counts first."""
    X_train = np.asarray(X_train, dtype=np.float64)
    X_eval = np.asarray(X_eval, dtype=np.float64)
    y_train = np.asarray(y_train)
    labels, codes = np.unique(y_train, return_inverse=True)
    d2 = ((X_eval[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=2)
    nearest = np.argsort(d2, axis=1, kind="stable")[:, :n_neighbors]
    votes = np.zeros((len(X_eval), len(labels)))
    np.add.at(votes, (np.arange(len(X_eval))[:, None], codes.reshape(-1)[nearest]), 1)
    return labels[np.argmax(votes, axis=1)]


def threshold(X_train, y_train, X_eval, t):
    """Ignores the training data: label 1 where the first feature is above t (a list)."""
    return [int(x > t) for x in np.asarray(X_eval, dtype=np.float64)[:, 0]]


def shrunk_centroid(X_train, y_train, X_eval, shrink):
    """Nearest class mean, the means pulled towards the overall mean by the share `shrink`."""
    X_train = np.asarray(X_train, dtype=np.float64)
    y_train = np.asarray(y_train)
    labels = np.unique(y_train)
    overall = X_train.mean(axis=0)
    means = np.array([(1 - shrink) * X_train[y_train == c].mean(axis=0) + shrink * overall for c in labels])
    d2 = ((np.asarray(X_eval, dtype=np.float64)[:, None, :] - means[None, :, :]) ** 2).sum(axis=2)
    return labels[np.argmin(d2, axis=1)]
