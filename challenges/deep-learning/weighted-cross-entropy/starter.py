import numpy as np


def cross_entropy(logits, target, weight=None, ignore_index=-100, reduction="mean", label_smoothing=0.0):
    """torch.nn.functional.cross_entropy for (N, C) logits and (N,) class indices."""
    logits = np.asarray(logits, dtype=np.float64)
    target = np.asarray(target, dtype=np.int64)
    # your code here: log_softmax, then the weighted, smoothed, masked loss per row, then reduce
    return 0.0
