import numpy as np


def dropout_forward_backward(x, dY, p=0.5, training=True, seed=0):
    """Inverted dropout: returns (Y, dX), keeping each entry with probability 1 - p."""
    x = np.asarray(x, dtype=np.float64)
    dY = np.asarray(dY, dtype=np.float64)
    if not training or p == 0.0:
        return x.copy(), dY.copy()
    if p == 1.0:
        return np.zeros_like(x), np.zeros_like(dY)
    keep = np.random.default_rng(seed).random(x.shape) < 1.0 - p
    scale = 1.0 / (1.0 - p)  # survivors are scaled up so that E[Y] = x
    # np.asarray: arithmetic on 0-d arrays returns NumPy scalars
    return np.asarray(x * keep * scale), np.asarray(dY * keep * scale)
