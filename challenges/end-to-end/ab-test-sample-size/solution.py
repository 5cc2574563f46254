import math
from statistics import NormalDist


def sample_size(baseline, mde, alpha=0.05, power=0.8, ratio=1.0, alternative="two-sided"):
    """Visitors (n_a, n_b) for a two-proportion z-test to detect baseline -> baseline + mde."""
    p_a, p_b = baseline, baseline + mde
    tails = 2 if alternative == "two-sided" else 1
    z_alpha = NormalDist().inv_cdf(1.0 - alpha / tails)
    z_beta = NormalDist().inv_cdf(power)
    p_bar = (p_a + ratio * p_b) / (1.0 + ratio)
    null_sd = math.sqrt(p_bar * (1.0 - p_bar) * (1.0 + 1.0 / ratio))
    alt_sd = math.sqrt(p_a * (1.0 - p_a) + p_b * (1.0 - p_b) / ratio)
    n_a = ((z_alpha * null_sd + z_beta * alt_sd) / mde) ** 2
    n_a = math.ceil(n_a - 1e-9)  # 3841.0000000000005 is 3841 visitors
    return n_a, math.ceil(ratio * n_a - 1e-9)
