import numpy as np


def softmax_cross_entropy(logits, labels, label_smoothing=0.0):
    """Mean cross-entropy of softmax(logits) against integer labels, and its gradient w.r.t. logits."""
    z = np.asarray(logits, dtype=np.float64)
    labels = np.asarray(labels, dtype=np.int64)
    n, k = z.shape
    if n == 0:
        return 0.0, np.zeros((0, k))
    # log-softmax through the log-sum-exp trick: subtracting the row max makes every exponent <= 0
    shifted = z - z.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    target = np.full((n, k), label_smoothing / k)
    target[np.arange(n), labels] += 1.0 - label_smoothing
    loss = -(target * log_p).sum() / n
    grad = (np.exp(log_p) - target) / n
    return float(loss), grad
