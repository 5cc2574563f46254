import numpy as np


def replace_outliers(x, k):
    """Replace values more than k population stds from the mean by the median of the inliers."""
    # your code here: for now, nothing is treated as an outlier
    return np.asarray(x, dtype=np.float64)
