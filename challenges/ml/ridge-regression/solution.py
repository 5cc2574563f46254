import numpy as np


def ridge_fit(X, y, alpha):
    """Weights w and intercept b minimising ||y - Xw - b||^2 + alpha * ||w||^2 (b not penalised)."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    # Centring removes the intercept from the problem, so it is never penalised.
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean
    # With Xc = U S Vt, the minimiser is w = V diag(s / (s^2 + alpha)) Ut yc. Working on Xc
    # itself (not Xc.T @ Xc, which squares its condition number) keeps a tiny alpha exact.
    U, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    # singular values at rounding level are zeros of the exact problem (duplicated columns,
    # d >= n): they contribute nothing, whatever alpha
    keep = s > (s[0] if s.size else 0.0) * max(X.shape) * np.finfo(np.float64).eps
    factor = np.zeros_like(s)
    factor[keep] = s[keep] / (s[keep] ** 2 + alpha)
    w = Vt.T @ (factor * (U.T @ yc))
    b = y_mean - x_mean @ w
    return w, float(b)
