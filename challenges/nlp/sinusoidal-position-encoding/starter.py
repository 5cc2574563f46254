import numpy as np


def sinusoidal_position_encoding(positions, d_model, base=10000.0):
    """The Transformer's sinusoidal encoding, shape positions.shape + (d_model,), float64.

    PE[pos, j] = sin(pos * w_j) for even j and cos(pos * w_j) for odd j, w_j = base ** (-2 * (j // 2) / d_model).
    """
    pos = np.asarray(positions, dtype=np.float64)
    # your code here: for now, every column is sin(position)
    return np.sin(pos[..., None] * np.ones(d_model))
