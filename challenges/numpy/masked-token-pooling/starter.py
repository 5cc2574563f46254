import numpy as np


def masked_pool(hidden, mask, mode="mean"):
    """(B, D) mean, sum or max over the real tokens (mask true) of each sentence; zeros if none."""
    # your code here: for now padding is pooled like any other token
    hidden = np.asarray(hidden, dtype=np.float64)
    if mode == "max":
        return hidden.max(axis=1)
    return hidden.sum(axis=1) if mode == "sum" else hidden.mean(axis=1)
