import numpy as np


def expected_calibration_error(y_true, y_prob, n_bins=10):
    """ECE of binary probabilities over n_bins equal-width bins, (lo, hi] (the first is [0, hi])."""
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(y_prob, dtype=float)
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    # p on an inner edge goes to the bin below it: the bins are closed on the right.
    bins = np.searchsorted(edges[1:-1], p, side="left")
    positives = np.bincount(bins, weights=y, minlength=n_bins)
    confidence = np.bincount(bins, weights=p, minlength=n_bins)
    # Σ_b (n_b / n) · |positives_b / n_b − confidence_b / n_b|, the n_b cancel (empty bins add 0)
    return float(np.sum(np.abs(positives - confidence)) / len(p))
