import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

MAD_TO_SD = 1.4826  # the MAD of a normal distribution times this is its standard deviation


def hampel_filter(x, half_window=3, n_sigmas=3.0):
    """(cleaned, is_outlier): readings further than n_sigmas robust SDs from their window median."""
    x = np.asarray(x, dtype=np.float64)
    k = half_window
    n = len(x)
    cleaned = x.copy()
    is_outlier = np.zeros(n, dtype=bool)
    if n < 2 * k + 1:
        return cleaned, is_outlier  # no position has a full window
    windows = sliding_window_view(x, 2 * k + 1)  # (n - 2k, 2k + 1) view, row j centred on x[j + k]
    med = np.median(windows, axis=1, keepdims=True)
    mad = np.median(np.abs(windows - med), axis=1)
    med = med[:, 0]
    centre = x[k : n - k]
    flagged = np.abs(centre - med) > n_sigmas * MAD_TO_SD * mad
    is_outlier[k : n - k] = flagged
    cleaned[k : n - k] = np.where(flagged, med, centre)
    return cleaned, is_outlier
