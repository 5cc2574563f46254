import numpy as np


def mean_average_precision(y_true, y_score, sample_weight=None):
    """Mean over queries of average precision, ties ranked pessimistically (sklearn's LRAP)."""
    # your code here
    return 1.0
