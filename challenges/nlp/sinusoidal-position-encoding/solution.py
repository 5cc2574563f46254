import numpy as np


def sinusoidal_position_encoding(positions, d_model, base=10000.0):
    """The Transformer's sinusoidal encoding, shape positions.shape + (d_model,), float64.

    PE[pos, j] = sin(pos * w_j) for even j and cos(pos * w_j) for odd j, w_j = base ** (-2 * (j // 2) / d_model).
    """
    pos = np.asarray(positions, dtype=np.float64)
    j = np.arange(d_model)
    inv_freq = np.power(float(base), -(2 * (j // 2)) / d_model)  # pairs (2i, 2i + 1) share one frequency
    angles = pos[..., None] * inv_freq
    return np.where(j % 2 == 0, np.sin(angles), np.cos(angles))
