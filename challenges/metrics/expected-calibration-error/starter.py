import numpy as np


def expected_calibration_error(y_true, y_prob, n_bins=10):
    """ECE of binary probabilities over n_bins equal-width bins, (lo, hi] (the first is [0, hi])."""
    # your code here
    return 0.0
