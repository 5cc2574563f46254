import numpy as np


def replace_outliers(x, k):
    """Replace values more than k population stds from the mean by the median of the inliers."""
    x = np.asarray(x, dtype=np.float64)  # ints -> float64 (a median can be 2.5); input untouched
    present = ~np.isnan(x)
    if not present.any():
        return x.copy()  # empty or all NaN: nothing to replace
    values = x[present]
    mu, sigma = values.mean(), values.std()  # population std, ddof=0, NaN excluded
    outlier = np.abs(x - mu) > k * sigma  # NaN compares False: never an outlier
    inlier = present & ~outlier
    return np.where(outlier, np.median(x[inlier]), x)
