"""The reference against scikit-learn's cohen_kappa_score(rater_a, rater_b)."""

import math
import warnings

from sklearn.metrics import cohen_kappa_score


def crosscheck(cohens_kappa, rng):
    for trial in range(400):
        n = int(rng.integers(1, 4)) if trial % 4 == 0 else int(rng.integers(1, 50))
        k = int(rng.integers(1, 5))
        a = [int(v) for v in rng.integers(0, k, n)]
        agree = [0.0, 0.5, 0.9, 1.0][trial % 4]
        b = [x if rng.random() < agree else int(rng.integers(0, k + 1)) for x in a]
        if trial % 7 == 0:
            a = [f"L{x}" for x in a]
            b = [f"L{x}" for x in b]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a single shared label warns and gives nan
            expected = float(cohen_kappa_score(a, b))
        got = cohens_kappa(a, b)
        same = (math.isnan(got) and math.isnan(expected)) or math.isclose(
            got, expected, rel_tol=1e-9, abs_tol=1e-12)
        assert same, f"trial {trial}: scikit-learn gives {expected!r}, the reference {got!r} for {a}, {b}"
