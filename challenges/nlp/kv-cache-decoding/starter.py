import numpy as np


def cached_attention(q, k, v, cache=None, window=None):
    """Attention for T new tokens given the key/value cache of the tokens before them.

    q, k, v: (B, H, T, Dh). cache: None or (k_cache, v_cache), each (B, H, C, Dh).
    Returns (out, (k_cache, v_cache)): out (B, H, T, Dh); the new cache holds the old one plus
    the T new keys/values, only the last `window` of them when window is given.
    """
    q, k, v = (np.asarray(a, dtype=np.float64) for a in (q, k, v))
    # your code here: for now, the new tokens attend only to each other, without a mask,
    # and the cache is thrown away
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return (e / e.sum(axis=-1, keepdims=True)) @ v, (k, v)
