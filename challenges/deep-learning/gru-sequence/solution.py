import numpy as np


def _sigmoid(a):
    e = np.exp(-np.abs(a))  # in (0, 1]: never overflows
    return np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def gru_sequence(x, weight_ih, weight_hh, bias_ih, bias_hh, h0=None):
    """A one-layer GRU over x of shape (T, N, I): returns (output (T, N, H), h_T (N, H))."""
    x, weight_ih, weight_hh, bias_ih, bias_hh = (
        np.asarray(a, dtype=np.float64) for a in (x, weight_ih, weight_hh, bias_ih, bias_hh))
    steps, batch = x.shape[0], x.shape[1]
    hidden = weight_hh.shape[1]
    h = np.zeros((batch, hidden)) if h0 is None else np.array(h0, dtype=np.float64)
    output = np.empty((steps, batch, hidden))
    for t in range(steps):
        gi = x[t] @ weight_ih.T + bias_ih  # (N, 3H): rows of the weights are [r; z; n]
        gh = h @ weight_hh.T + bias_hh
        r = _sigmoid(gi[:, :hidden] + gh[:, :hidden])
        z = _sigmoid(gi[:, hidden:2 * hidden] + gh[:, hidden:2 * hidden])
        # the reset gate scales the whole recurrent term, its bias included (PyTorch's form)
        n = np.tanh(gi[:, 2 * hidden:] + r * gh[:, 2 * hidden:])
        h = (1.0 - z) * n + z * h
        output[t] = h
    return output, h
