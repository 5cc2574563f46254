import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    """Normalise each vector along the last axis of x, then scale by gamma and shift by beta."""
    x = np.asarray(x, dtype=np.float64)
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = (centred * centred).mean(axis=-1, keepdims=True)  # biased; no E[x^2] - E[x]^2
    return centred / np.sqrt(var + eps) * np.asarray(gamma, dtype=np.float64) + np.asarray(
        beta, dtype=np.float64)
