import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    """Normalise each vector along the last axis of x, then scale by gamma and shift by beta."""
    # your code here: for now, x unchanged (as floats)
    return np.asarray(x, dtype=np.float64).copy()
