import numpy as np


def bootstrap_ci(x, statistic="mean", n_boot=1000, alpha=0.05, seed=0):
    """(estimate, low, high): percentile bootstrap interval, reproducible from seed."""
    # your code here: for now a normal-theory interval, no bootstrap
    x = np.asarray(x, dtype=np.float64)
    est = float(np.mean(x) if statistic == "mean" else np.median(x))
    half = 1.96 * x.std() / np.sqrt(len(x))
    return est, est - half, est + half
