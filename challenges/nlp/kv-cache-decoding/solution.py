import numpy as np


def cached_attention(q, k, v, cache=None, window=None):
    """Attention for T new tokens given the key/value cache of the tokens before them.

    q, k, v: (B, H, T, Dh). cache: None or (k_cache, v_cache), each (B, H, C, Dh).
    Returns (out, (k_cache, v_cache)): out (B, H, T, Dh); the new cache holds the old one plus
    the T new keys/values, only the last `window` of them when window is given.
    """
    q, k, v = (np.asarray(a, dtype=np.float64) for a in (q, k, v))
    if cache is not None:
        k = np.concatenate([np.asarray(cache[0], dtype=np.float64), k], axis=-2)
        v = np.concatenate([np.asarray(cache[1], dtype=np.float64), v], axis=-2)
    T, S = q.shape[-2], k.shape[-2]
    C = S - T  # cached tokens: new query t sits at index C + t of the keys
    i = np.arange(T)[:, None] + C
    j = np.arange(S)[None, :]
    allowed = j <= i
    if window is not None:
        allowed &= j > i - window
    scores = np.where(allowed, q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1]), -np.inf)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))  # each query sees at least itself
    out = (e / e.sum(axis=-1, keepdims=True)) @ v
    if window is not None:
        k, v = k[..., max(S - window, 0):, :], v[..., max(S - window, 0):, :]
    return out, (k, v)
