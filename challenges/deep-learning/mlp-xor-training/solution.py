import numpy as np


def _bce_with_logits(z, y):
    # mean of -[y log σ(z) + (1 - y) log(1 - σ(z))], without overflow for large |z|
    return float(np.mean(np.maximum(z, 0.0) - y * z + np.log1p(np.exp(-np.abs(z)))))


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def train_mlp(X, y, W1, b1, W2, b2, lr=0.5, epochs=1000):
    """Full-batch gradient descent on a tanh MLP with a sigmoid output: returns (losses, W1, b1, W2, b2)."""
    X, y, W1, b1, W2, b2 = (np.array(a, dtype=np.float64) for a in (X, y, W1, b1, W2, b2))
    n = X.shape[0]
    losses = []
    for _ in range(epochs):
        H = np.tanh(X @ W1 + b1)  # (N, K)
        z = H @ W2 + b2  # (N,)
        losses.append(_bce_with_logits(z, y))
        dz = (_sigmoid(z) - y) / n  # the mean's 1/N, once
        dW2 = H.T @ dz
        db2 = dz.sum()
        dA = np.outer(dz, W2) * (1.0 - H**2)
        dW1 = X.T @ dA
        db1 = dA.sum(axis=0)
        W1 -= lr * dW1
        b1 -= lr * db1
        W2 -= lr * dW2
        b2 -= lr * db2
    return losses, W1, b1, W2, float(b2)
