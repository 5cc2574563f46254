import numpy as np


def nll_loss(log_probs, targets, weight=None, ignore_index=-100, reduction="mean"):
    """PyTorch-style NLL loss: per-row -w[t] * log_probs[i, t], skipping rows whose target is ignore_index."""
    # your code here: for now the loss of a uniform guess, for every row
    losses = np.full(len(targets), np.log(log_probs.shape[1]))
    if reduction == "none":
        return losses
    return float(losses.sum() if reduction == "sum" else losses.mean())
