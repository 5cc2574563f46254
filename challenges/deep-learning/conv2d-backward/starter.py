import numpy as np


def conv2d_backward(x, w, dout, stride=1, padding=0):
    """Gradients (dx, dw, db) of out = torch.nn.functional.conv2d(x, w, b, stride, padding),
    given dout = dL/dout of shape (N, F, OH, OW)."""
    x = np.asarray(x, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)
    dout = np.asarray(dout, dtype=np.float64)
    # your code here: for now only the bias gradient, and zeros for the rest
    db = dout.sum(axis=(0, 2, 3))
    return np.zeros_like(x), np.zeros_like(w), db
