import numpy as np


def lstm_cell(x, h_prev, c_prev, W, U, b):
    """One LSTM step for a batch: returns (h, c), each of shape (N, H). Gate order: i, f, g, o."""
    h_prev = np.asarray(h_prev, dtype=np.float64)
    c_prev = np.asarray(c_prev, dtype=np.float64)
    # your code here: for now the state passes through unchanged
    return h_prev.copy(), c_prev.copy()
