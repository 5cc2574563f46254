import math
from statistics import NormalDist


def two_proportion_test(conv_a, n_a, conv_b, n_b, alpha=0.05, alternative="two-sided"):
    """Pooled two-proportion z-test of B against A, with a Wald interval for p_b - p_a."""
    p_a, p_b = conv_a / n_a, conv_b / n_b
    diff = p_b - p_a
    # your code here: for now an unpooled z, a one-sided p-value and a fixed 95% interval
    se = math.sqrt(p_a * (1 - p_a) / n_a + p_b * (1 - p_b) / n_b) or 1.0
    z = diff / se
    p_value = 1.0 - NormalDist().cdf(z)
    return {"p_a": p_a, "p_b": p_b, "diff": diff, "z": z, "p_value": p_value,
            "ci": (diff - 1.96 * se, diff + 1.96 * se), "significant": p_value < alpha}
