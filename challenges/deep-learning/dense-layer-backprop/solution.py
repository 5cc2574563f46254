import numpy as np


def dense_forward_backward(X, W, b, dY, activation="linear"):
    """Forward and backward pass of Y = act(X @ W + b): returns (Y, dX, dW, db)."""
    X = np.asarray(X, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    dY = np.asarray(dY, dtype=np.float64)

    Z = X @ W + b  # (N, M); b broadcasts over the rows
    if activation == "relu":
        Y = np.maximum(Z, 0.0)
        dZ = dY * (Z > 0)  # ReLU'(0) = 0: no gradient flows through a unit that is exactly 0
    elif activation == "linear":
        Y = Z
        dZ = dY
    else:
        raise ValueError(f"unknown activation {activation!r}")

    dX = dZ @ W.T  # (N, M) @ (M, D) -> (N, D)
    dW = X.T @ dZ  # (D, N) @ (N, M) -> (D, M): summed over the batch
    db = dZ.sum(axis=0)  # (M,)
    return Y, dX, dW, db
