import numpy as np


def cross_entropy(logits, target, weight=None, ignore_index=-100, reduction="mean", label_smoothing=0.0):
    """torch.nn.functional.cross_entropy for (N, C) logits and (N,) class indices."""
    logits = np.asarray(logits, dtype=np.float64)
    target = np.asarray(target, dtype=np.int64)
    n_classes = logits.shape[1]
    w = np.ones(n_classes) if weight is None else np.asarray(weight, dtype=np.float64)
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))  # log_softmax
    keep = target != ignore_index
    safe = np.where(keep, target, 0)  # any valid index; the ignored rows are masked out below
    w_target = np.where(keep, w[safe], 0.0)
    nll = -np.take_along_axis(log_p, safe[:, None], axis=1)[:, 0] * w_target
    smooth = np.where(keep, -(log_p * w).sum(axis=1), 0.0)
    per_row = (1.0 - label_smoothing) * nll + label_smoothing / n_classes * smooth
    if reduction == "none":
        return per_row
    if reduction == "sum":
        return float(per_row.sum())
    if reduction == "mean":
        # normalised by the weights of the targets, as nll_loss does (NaN when all are ignored)
        with np.errstate(invalid="ignore", divide="ignore"):
            return float(per_row.sum() / w_target.sum())
    raise ValueError(f"unknown reduction {reduction!r}")
