import numpy as np


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    """torch.nn.functional.layer_norm: normalise over the last len(normalized_shape) axes."""
    x = np.asarray(x, dtype=np.float64)
    # your code here
    return x - x.mean(axis=-1, keepdims=True)
