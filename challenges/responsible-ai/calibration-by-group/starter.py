import numpy as np


def calibration_by_group(y_true, y_prob, groups, n_bins=10):
    """Reliability bins and expected calibration error (ECE) per group, and the ECE gap."""
    edges = np.linspace(0.0, 1.0, n_bins + 1)  # bin i is (edges[i], edges[i + 1]]
    # your code here
    return {"groups": {}, "ece_gap": float(edges[0])}
