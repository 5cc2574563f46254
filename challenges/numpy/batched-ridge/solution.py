import numpy as np


def batched_ridge(X, y, lam=1.0, fit_intercept=True):
    """(W, c) of B independent ridge regressions; the intercept c is not penalised."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    B, _, d = X.shape
    if fit_intercept:
        # centring removes the unpenalised intercept from the system, and large feature offsets with it
        x_mean = X.mean(axis=1, keepdims=True)  # (B, 1, d)
        y_mean = y.mean(axis=1, keepdims=True)  # (B, 1)
        Xc, yc = X - x_mean, y - y_mean
    else:
        Xc, yc = X, y
    Xt = Xc.transpose(0, 2, 1)  # (B, d, n)
    lam_b = np.broadcast_to(np.asarray(lam, dtype=np.float64), (B,))
    A = Xt @ Xc + lam_b[:, None, None] * np.eye(d)  # (B, d, d): one Gram matrix plus λ_b I per problem
    rhs = Xt @ yc[:, :, None]  # (B, d, 1)
    W = np.linalg.solve(A, rhs)[:, :, 0] if B else np.zeros((0, d))
    if not fit_intercept:
        return W, np.zeros(B)
    c = y_mean[:, 0] - np.einsum("bd,bd->b", x_mean[:, 0, :], W)
    return W, c
