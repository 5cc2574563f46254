import numpy as np


def nll_loss(log_probs, targets, weight=None, ignore_index=-100, reduction="mean"):
    """PyTorch-style NLL loss: per-row -w[t] * log_probs[i, t], skipping rows whose target is ignore_index."""
    log_probs = np.asarray(log_probs, dtype=np.float64)
    targets = np.asarray(targets)
    keep = targets != ignore_index
    # ignored targets (-100, -1, ...) must not index anything: point them at column 0, zeroed below
    safe = np.where(keep, targets, 0)
    picked = log_probs[np.arange(len(targets)), safe]  # log_probs[i, safe[i]] for every row
    w = np.ones(log_probs.shape[1]) if weight is None else np.asarray(weight, dtype=np.float64)
    row_w = np.where(keep, w[safe], 0.0)
    # np.where, not a product with the mask: an ignored row with -inf must give 0, not 0 * inf = NaN
    losses = np.where(keep, -row_w * picked, 0.0)
    if reduction == "none":
        return losses
    if reduction == "sum":
        return float(losses.sum())
    if reduction != "mean":
        raise ValueError(f"reduction must be 'none', 'sum' or 'mean', got {reduction!r}")
    if not keep.any():
        return float("nan")  # the mean of nothing, as in PyTorch
    return float(losses.sum() / row_w.sum())  # weighted mean: divide by the kept rows' total weight
