import math


def sample_size(baseline, mde, alpha=0.05, power=0.8, ratio=1.0, alternative="two-sided"):
    """Visitors (n_a, n_b) for a two-proportion z-test to detect baseline -> baseline + mde."""
    # your code here: for now the "16 p q / delta²" rule of thumb, whatever alpha, power and ratio
    n = math.ceil(16 * baseline * (1 - baseline) / mde**2)
    return n, n
