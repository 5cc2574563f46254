import math
from statistics import NormalDist


def _upper_tail(z):
    """P(Z >= z) for a standard normal Z, accurate far into the tail (no 1 - cdf)."""
    return 0.5 * math.erfc(z / math.sqrt(2.0))


def two_proportion_test(conv_a, n_a, conv_b, n_b, alpha=0.05, alternative="two-sided"):
    """Pooled two-proportion z-test of B against A, with a Wald interval for p_b - p_a."""
    p_a, p_b = conv_a / n_a, conv_b / n_b
    diff = p_b - p_a
    pooled = (conv_a + conv_b) / (n_a + n_b)
    se_pooled = math.sqrt(pooled * (1.0 - pooled) * (1.0 / n_a + 1.0 / n_b))
    z = diff / se_pooled if se_pooled > 0 else 0.0
    if alternative == "two-sided":
        p_value = 2.0 * _upper_tail(abs(z))
    elif alternative == "larger":  # H1: p_b > p_a
        p_value = _upper_tail(z)
    else:  # "smaller", H1: p_b < p_a
        p_value = _upper_tail(-z)
    se = math.sqrt(p_a * (1.0 - p_a) / n_a + p_b * (1.0 - p_b) / n_b)
    z_crit = NormalDist().inv_cdf(1.0 - alpha / 2.0)
    return {"p_a": p_a, "p_b": p_b, "diff": diff, "z": z, "p_value": p_value,
            "ci": (diff - z_crit * se, diff + z_crit * se), "significant": p_value < alpha}
