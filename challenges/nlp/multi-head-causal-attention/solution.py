import numpy as np


def multi_head_causal_attention(x, num_heads, in_proj_weight, out_proj_weight, in_proj_bias=None,
                                out_proj_bias=None, average_attn_weights=True):
    """Causal self-attention as torch.nn.MultiheadAttention(E, num_heads, batch_first=True) computes it.

    x: (B, L, E) or (L, E). Returns (output, weights): output like x; weights (B, L, L) averaged
    over heads, or (B, num_heads, L, L) when average_attn_weights is False (no B for 2-D x).
    """
    x = np.asarray(x, dtype=np.float64)
    unbatched = x.ndim == 2
    if unbatched:
        x = x[None]
    B, L, E = x.shape
    H = num_heads
    Dh = E // H
    W = np.asarray(in_proj_weight, dtype=np.float64)
    b = np.zeros(3 * E) if in_proj_bias is None else np.asarray(in_proj_bias, dtype=np.float64)
    qkv = x @ W.T + b  # (B, L, 3E): q, k, v side by side

    def heads(t):  # (B, L, E) -> (B, H, L, Dh): head h owns features h*Dh .. (h+1)*Dh - 1
        return t.reshape(B, L, H, Dh).transpose(0, 2, 1, 3)

    q, k, v = (heads(qkv[..., i * E:(i + 1) * E]) for i in range(3))
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(Dh)  # (B, H, L, L)
    allowed = np.tril(np.ones((L, L), dtype=bool))
    scores = np.where(allowed, scores, -np.inf)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))  # the diagonal is always allowed
    weights = e / e.sum(axis=-1, keepdims=True)

    merged = (weights @ v).transpose(0, 2, 1, 3).reshape(B, L, E)
    out = merged @ np.asarray(out_proj_weight, dtype=np.float64).T
    if out_proj_bias is not None:
        out = out + np.asarray(out_proj_bias, dtype=np.float64)
    if average_attn_weights:
        weights = weights.mean(axis=1)
    if unbatched:
        return out[0], weights[0]
    return out, weights
