import numpy as np


def dense_forward_backward(X, W, b, dY, activation="linear"):
    """Forward and backward pass of Y = act(X @ W + b): returns (Y, dX, dW, db)."""
    X = np.asarray(X, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    # your code here
    Y = X @ W + b
    return Y, np.zeros_like(X), np.zeros_like(W), np.zeros_like(b)
