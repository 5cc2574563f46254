import numpy as np


def _sigmoid(z):
    e = np.exp(-np.abs(z))  # in (0, 1]: never overflows
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def lstm_cell(x, h_prev, c_prev, W, U, b):
    """One LSTM step for a batch: returns (h, c), each of shape (N, H). Gate order: i, f, g, o."""
    x, h_prev, c_prev, W, U, b = (np.asarray(a, dtype=np.float64)
                                  for a in (x, h_prev, c_prev, W, U, b))
    H = U.shape[0]
    z = x @ W + h_prev @ U + b  # (N, 4H): all four gates in one product
    i = _sigmoid(z[:, 0 * H:1 * H])  # input gate
    f = _sigmoid(z[:, 1 * H:2 * H])  # forget gate
    g = np.tanh(z[:, 2 * H:3 * H])  # candidate cell values
    o = _sigmoid(z[:, 3 * H:4 * H])  # output gate
    c = f * c_prev + i * g
    h = o * np.tanh(c)
    return h, c
