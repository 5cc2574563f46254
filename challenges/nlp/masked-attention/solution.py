import numpy as np


def attention(Q, K, V, mask=None, causal=False):
    """Scaled dot-product attention with an optional boolean mask and causal masking.

    Returns (output, weights): shapes (..., Lq, dv) and (..., Lq, Lk), both float64.
    """
    Q = np.asarray(Q, dtype=np.float64)
    K = np.asarray(K, dtype=np.float64)
    V = np.asarray(V, dtype=np.float64)
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    Lq, Lk = scores.shape[-2:]

    allowed = np.ones((Lq, Lk), dtype=bool)
    if causal:
        # query i sees keys j <= i + (Lk - Lq): aligned to the end, as with a KV cache
        allowed = np.tril(allowed, k=Lk - Lq)
    if mask is not None:
        allowed = allowed & np.asarray(mask).astype(bool)
    allowed = np.broadcast_to(allowed, scores.shape)

    # stable softmax over the allowed keys only
    row_max = np.max(scores, axis=-1, keepdims=True, initial=-np.inf, where=allowed)
    row_max = np.where(np.isneginf(row_max), 0.0, row_max)  # fully masked rows
    e = np.exp(np.where(allowed, scores - row_max, -np.inf))  # exp(-inf) is exactly 0
    total = e.sum(axis=-1, keepdims=True)
    weights = np.divide(e, total, out=np.zeros_like(e), where=total > 0)
    return weights @ V, weights
