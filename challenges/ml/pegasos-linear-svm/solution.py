import numpy as np


def pegasos_svm(X, y, lam=0.01, n_iter=1000, seed=0):
    """Weights of a linear SVM (no bias) trained by Pegasos stochastic sub-gradient steps."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    picks = np.random.default_rng(seed).integers(0, len(y), size=n_iter)
    w = np.zeros(X.shape[1])
    for t, i in enumerate(picks, start=1):
        eta = 1.0 / (lam * t)
        inside_margin = y[i] * (X[i] @ w) < 1.0
        w *= 1.0 - eta * lam  # the regulariser's step: exactly 0 at t = 1
        if inside_margin:
            w += eta * y[i] * X[i]  # the hinge loss's sub-gradient step
    return w
