import numpy as np


def clip_grad_norm(grads, max_norm, norm_type=2.0):
    """Scale all grads together so that their global norm is at most max_norm (as PyTorch)."""
    arrays = [np.array(g, dtype=np.float64) for g in grads]
    # your code here: measure the global norm, then scale down when it exceeds max_norm
    return arrays, 0.0
