import numpy as np


def softmax_cross_entropy(logits, labels, label_smoothing=0.0):
    """Mean cross-entropy of softmax(logits) against integer labels, and its gradient w.r.t. logits."""
    logits = np.asarray(logits, dtype=np.float64)
    # your code here
    return 0.0, np.zeros_like(logits)
