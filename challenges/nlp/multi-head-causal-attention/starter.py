import numpy as np


def multi_head_causal_attention(x, num_heads, in_proj_weight, out_proj_weight, in_proj_bias=None,
                                out_proj_bias=None, average_attn_weights=True):
    """Causal self-attention as torch.nn.MultiheadAttention(E, num_heads, batch_first=True) computes it.

    x: (B, L, E) or (L, E). Returns (output, weights): output like x; weights (B, L, L) averaged
    over heads, or (B, num_heads, L, L) when average_attn_weights is False (no B for 2-D x).
    """
    x = np.asarray(x, dtype=np.float64)
    # your code here: for now, every token only sees itself, and nothing is projected
    L = x.shape[-2]
    weights = np.broadcast_to(np.eye(L), x.shape[:-2] + (L, L)).copy()
    return x.copy(), weights
