import numpy as np


def masked_pool(hidden, mask, mode="mean"):
    """(B, D) mean, sum or max over the real tokens (mask true) of each sentence; zeros if none."""
    h = np.asarray(hidden, dtype=np.float64)
    real = np.asarray(mask).astype(bool)[:, :, None]  # (B, T, 1): broadcasts over the features
    count = real.sum(axis=1)  # (B, 1) real tokens per sentence
    if mode == "max":
        # np.where, not a product: padding may be NaN or inf, and 0 * NaN is NaN
        best = np.where(real, h, -np.inf).max(axis=1, initial=-np.inf)
        return np.where(count > 0, best, 0.0)
    total = np.where(real, h, 0.0).sum(axis=1)
    if mode == "sum":
        return total
    if mode == "mean":
        return total / np.maximum(count, 1)  # an all-padding row: 0 / 1 = 0
    raise ValueError(f"mode must be 'mean', 'sum' or 'max', got {mode!r}")
