import numpy as np


def lasso_fit(X, y, alpha):
    """Weights w and intercept b minimising ||y - Xw - b||^2 / (2n) + alpha * ||w||_1."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = X.shape
    # centring removes the unpenalised intercept from the problem
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean
    col_sq = (Xc**2).sum(axis=0)
    threshold = n * alpha
    w = np.zeros(d)
    residual = yc.copy()
    for _ in range(200_000):
        biggest = 0.0
        for j in range(d):
            if col_sq[j] == 0.0:
                continue  # a constant column: its weight stays 0
            old = w[j]
            # the least-squares optimum for w_j alone, then soft-thresholded
            rho = Xc[:, j] @ residual + col_sq[j] * old
            new = np.sign(rho) * max(abs(rho) - threshold, 0.0) / col_sq[j]
            if new != old:
                residual -= Xc[:, j] * (new - old)
                w[j] = new
                biggest = max(biggest, abs(new - old))
        if biggest <= 1e-13 * np.abs(w).max():
            break
    return w, float(y_mean - x_mean @ w)
