import numpy as np

STATISTICS = {"mean": np.mean, "median": np.median}


def bootstrap_ci(x, statistic="mean", n_boot=1000, alpha=0.05, seed=0):
    """(estimate, low, high): percentile bootstrap interval, reproducible from seed."""
    x = np.asarray(x, dtype=np.float64)
    stat = STATISTICS[statistic]
    rng = np.random.default_rng(seed)  # a private Generator: the global state is never touched
    idx = rng.integers(0, len(x), size=(n_boot, len(x)))  # row b: the indices of resample b
    replicates = stat(x[idx], axis=1)  # one fancy-indexing gather, one reduction per row
    low, high = np.quantile(replicates, [alpha / 2, 1 - alpha / 2])
    return float(stat(x)), float(low), float(high)
