import numpy as np


def attention(Q, K, V, mask=None, causal=False):
    """Scaled dot-product attention with an optional boolean mask and causal masking.

    Returns (output, weights): shapes (..., Lq, dv) and (..., Lq, Lk), both float64.
    """
    # your code here: for now, uniform weights over every key (no masks, no softmax)
    Q, K, V = (np.asarray(a, dtype=np.float64) for a in (Q, K, V))
    Lq, Lk = Q.shape[-2], K.shape[-2]
    weights = np.full(Q.shape[:-2] + (Lq, Lk), 1.0 / max(Lk, 1))
    return weights @ V, weights
