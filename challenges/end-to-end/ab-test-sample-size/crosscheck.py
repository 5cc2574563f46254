"""The reference against the normal-approximation power of the pooled two-proportion z-test,
computed with SciPy (norm.ppf, norm.cdf): n_a must reach the target power and n_a - 1 must not.
Power at n_a visitors (n_b = ratio * n_a): Phi((|mde| sqrt(n_a) - z_alpha sigma0) / sigma1)."""

import math

from scipy.stats import norm


def _power(n_a, p_a, p_b, alpha, ratio, tails):
    r = ratio
    p_bar = (p_a + r * p_b) / (1 + r)
    sigma0 = math.sqrt(p_bar * (1 - p_bar) * (1 + 1 / r))
    sigma1 = math.sqrt(p_a * (1 - p_a) + p_b * (1 - p_b) / r)
    return norm.cdf((abs(p_b - p_a) * math.sqrt(n_a) - norm.ppf(1 - alpha / tails) * sigma0) / sigma1)


def crosscheck(sample_size, rng):
    for trial in range(500):
        p_a = float(rng.uniform(0.001, 0.95))
        p_b = float(rng.uniform(0.001, 0.999))
        if abs(p_b - p_a) < 1e-4:
            continue
        alpha = float(rng.choice([0.01, 0.05, 0.1, 0.2]))
        power = float(rng.choice([0.6, 0.8, 0.9, 0.95]))
        ratio = float(rng.choice([0.25, 0.5, 1.0, 2.0, 3.0]))
        alternative = ["two-sided", "larger" if p_b > p_a else "smaller"][trial % 2]
        tails = 2 if alternative == "two-sided" else 1
        n_a, n_b = sample_size(p_a, p_b - p_a, alpha=alpha, power=power, ratio=ratio, alternative=alternative)
        where = f"trial {trial}: p_a={p_a}, p_b={p_b}, alpha={alpha}, power={power}, ratio={ratio}, {alternative}"
        assert n_b == math.ceil(ratio * n_a - 1e-9), f"{where}: n_b {n_b} for n_a {n_a}"
        got = _power(n_a, p_a, p_b, alpha, ratio, tails)
        assert got >= power - 1e-9, f"{where}: n_a={n_a} reaches power {got}, below {power}"
        if n_a > 1:
            fewer = _power(n_a - 1, p_a, p_b, alpha, ratio, tails)
            assert fewer < power + 1e-9, f"{where}: n_a - 1 = {n_a - 1} already reaches power {fewer}"
