import numpy as np


def batched_ridge(X, y, lam=1.0, fit_intercept=True):
    """(W, c) of B independent ridge regressions; the intercept c is not penalised."""
    # your code here: for now one regression per problem in a loop, ignoring lam and the intercept
    X = np.asarray(X, dtype=np.float64)
    W = np.array([np.linalg.lstsq(Xb, yb, rcond=None)[0] for Xb, yb in zip(X, y)]).reshape(len(X), X.shape[2])
    return W, np.zeros(len(X))
