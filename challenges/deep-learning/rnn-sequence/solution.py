import numpy as np


def rnn_sequence(x, weight_ih, weight_hh, bias_ih, bias_hh, h0=None, nonlinearity="tanh"):
    """An Elman RNN (one layer) over x of shape (T, N, I): returns (output (T, N, H), h_T (N, H))."""
    x, weight_ih, weight_hh, bias_ih, bias_hh = (
        np.asarray(a, dtype=np.float64) for a in (x, weight_ih, weight_hh, bias_ih, bias_hh))
    steps, batch = x.shape[0], x.shape[1]
    hidden = weight_ih.shape[0]
    h = np.zeros((batch, hidden)) if h0 is None else np.array(h0, dtype=np.float64)
    act = np.tanh if nonlinearity == "tanh" else (lambda a: np.maximum(a, 0.0))
    # the input products do not depend on h: one matrix product for all time steps
    inputs = x @ weight_ih.T + bias_ih + bias_hh
    output = np.empty((steps, batch, hidden))
    for t in range(steps):
        h = act(inputs[t] + h @ weight_hh.T)
        output[t] = h
    return output, h
