import numpy as np


def hampel_filter(x, half_window=3, n_sigmas=3.0):
    """(cleaned, is_outlier): readings further than n_sigmas robust SDs from their window median."""
    # your code here: for now nothing is an outlier
    x = np.asarray(x, dtype=np.float64)
    return x.copy(), np.zeros(len(x), dtype=bool)
