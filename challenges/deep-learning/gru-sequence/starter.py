import numpy as np


def gru_sequence(x, weight_ih, weight_hh, bias_ih, bias_hh, h0=None):
    """A one-layer GRU over x of shape (T, N, I): returns (output (T, N, H), h_T (N, H))."""
    x = np.asarray(x, dtype=np.float64)
    hidden = np.asarray(weight_hh).shape[1]
    h = np.zeros((x.shape[1], hidden)) if h0 is None else np.array(h0, dtype=np.float64)
    # your code here: for each time step, the gates r, z, the candidate n, then the new h
    return np.zeros((x.shape[0], x.shape[1], hidden)), h
