import numpy as np


def brier_score(y_true, y_prob, sample_weight=None):
    """Mean squared difference between predicted probabilities and 0/1 outcomes."""
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(y_prob, dtype=float)
    squared = (p - y) ** 2
    if sample_weight is None:
        return float(np.mean(squared))
    w = np.asarray(sample_weight, dtype=float)
    # Scale by the largest weight first: weights near 1e308 would overflow their sum,
    # and subnormal weights would lose their digits.
    w = w / np.max(w)
    return float(np.sum(w * squared) / np.sum(w))
