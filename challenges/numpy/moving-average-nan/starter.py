import numpy as np


def moving_average(x, window, min_count=1):
    """'valid' moving average of x ignoring NaN; NaN where a window has < min_count numbers."""
    # your code here
    return np.zeros(max(len(x) - window + 1, 0))
