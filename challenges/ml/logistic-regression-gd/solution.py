import numpy as np


def logistic_regression_gd(X, y, lr, n_iters):
    """Fit binary logistic regression by full-batch gradient descent from w = 0, b = 0.

    Returns (w, b, losses): losses[t] is the mean log-loss after t updates (n_iters + 1 values).
    """
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = X.shape
    w, b = np.zeros(d), 0.0

    def log_loss(z):
        # -y log σ(z) - (1 - y) log(1 - σ(z)) == log(1 + e^z) - y z, finite for every z
        return float(np.mean(np.logaddexp(0.0, z) - y * z))

    z = X @ w + b
    losses = [log_loss(z)]
    for _ in range(n_iters):
        p = np.exp(-np.logaddexp(0.0, -z))  # σ(z) without overflow
        error = p - y
        w = w - lr * (X.T @ error) / n      # both gradients at the same (w, b)
        b = b - lr * float(error.mean())
        z = X @ w + b
        losses.append(log_loss(z))
    return w, b, losses
