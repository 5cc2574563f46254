import numpy as np


def ridge_fit(X, y, alpha):
    """Weights w and intercept b minimising ||y - Xw - b||^2 + alpha * ||w||^2 (b not penalised)."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    # Centring removes the intercept from the problem, so it is never penalised.
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean
    A = Xc.T @ Xc + alpha * np.eye(X.shape[1])
    w = np.linalg.solve(A, Xc.T @ yc)  # the normal equations; solve, never invert
    b = y_mean - x_mean @ w
    return w, float(b)
