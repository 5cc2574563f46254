import math

import numpy as np


def clip_grad_norm(grads, max_norm, norm_type=2.0):
    """Scale all grads together so that their global norm is at most max_norm (as PyTorch)."""
    arrays = [np.array(g, dtype=np.float64) for g in grads]
    norm_type = float(norm_type)
    if norm_type == math.inf:
        # the largest absolute entry anywhere; empty arrays contribute nothing
        total = max((float(np.abs(a).max()) for a in arrays if a.size), default=0.0)
    else:
        # the p-norm of the per-array p-norms is the p-norm of everything concatenated
        per_array = [np.linalg.norm(a.ravel(), ord=norm_type) for a in arrays]
        total = float(np.linalg.norm(np.array(per_array), ord=norm_type)) if per_array else 0.0
    coef = min(max_norm / (total + 1e-6), 1.0)
    for a in arrays:
        a *= coef  # in place on our own copies: a 0-d array stays an ndarray
    return arrays, total
