import numpy as np


def brier_score(y_true, y_prob, sample_weight=None):
    """Mean squared difference between predicted probabilities and 0/1 outcomes."""
    # your code here
    return 0.0
