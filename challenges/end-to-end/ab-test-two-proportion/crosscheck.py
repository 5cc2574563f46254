"""The reference against SciPy: the two-sided p-value is chi2_contingency's on the 2x2 table
without continuity correction (and z² its statistic); one-sided p-values are norm.sf / norm.cdf of
z; the interval uses norm.ppf(1 - alpha/2)."""

import math

from scipy.stats import chi2_contingency, norm


def _close(a, b):
    return math.isclose(a, b, rel_tol=1e-8, abs_tol=1e-300)


def crosscheck(two_proportion_test, rng):
    for trial in range(400):
        n_a, n_b = int(rng.integers(1, 10**int(rng.integers(1, 7)))), int(rng.integers(1, 10**int(rng.integers(1, 7))))
        rate = float(rng.uniform(0.001, 0.999))
        conv_a = int(rng.binomial(n_a, rate))
        conv_b = int(rng.binomial(n_b, min(0.999, rate * rng.uniform(0.7, 1.4))))
        alpha = float(rng.choice([0.01, 0.05, 0.1, 0.2]))
        where = f"trial {trial}: {conv_a}/{n_a} vs {conv_b}/{n_b}, alpha={alpha}"
        got = two_proportion_test(conv_a, n_a, conv_b, n_b, alpha=alpha)
        p_a, p_b = conv_a / n_a, conv_b / n_b
        se = math.sqrt(p_a * (1 - p_a) / n_a + p_b * (1 - p_b) / n_b)
        q = norm.ppf(1 - alpha / 2)
        assert _close(got["ci"][0], (p_b - p_a) - q * se) and _close(got["ci"][1], (p_b - p_a) + q * se), (
            f"{where}: interval {got['ci']}, SciPy's quantile gives {(p_b - p_a) - q * se, (p_b - p_a) + q * se}")
        for alternative, want in (("larger", norm.sf(got["z"])), ("smaller", norm.cdf(got["z"]))):
            one = two_proportion_test(conv_a, n_a, conv_b, n_b, alpha=alpha, alternative=alternative)
            assert _close(one["p_value"], want), f"{where}, {alternative}: SciPy {want!r}, reference {one['p_value']!r}"
        table = [[conv_a, n_a - conv_a], [conv_b, n_b - conv_b]]
        if min(conv_a + conv_b, n_a + n_b - conv_a - conv_b) == 0:
            assert got["z"] == 0.0 and got["p_value"] == 1.0, f"{where}: degenerate table, got {got}"
            continue
        chi = chi2_contingency(table, correction=False)
        assert _close(got["z"] ** 2, chi.statistic) or abs(got["z"]) < 1e-6, (
            f"{where}: z² = {got['z'] ** 2!r}, chi-square statistic {chi.statistic!r}")
        assert math.isclose(got["p_value"], chi.pvalue, rel_tol=1e-6, abs_tol=1e-300), (
            f"{where}: chi2_contingency p-value {chi.pvalue!r}, the reference {got['p_value']!r}")
