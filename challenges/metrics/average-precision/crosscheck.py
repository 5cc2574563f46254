"""The reference against scikit-learn's average_precision_score(y_true, y_score)."""

import math
import warnings

from sklearn.metrics import average_precision_score


def crosscheck(average_precision, rng):
    for trial in range(500):
        n = int(rng.integers(1, 60))
        rate = [0.0, 0.05, 0.3, 0.5, 0.9, 1.0][trial % 6]
        y_true = [int(v) for v in (rng.random(n) < rate)]
        kind = trial % 3
        if kind == 0:  # heavy ties
            y_score = [int(v) for v in rng.integers(-2, 3, n)]
        elif kind == 1:  # some ties
            y_score = [float(v) for v in rng.integers(0, 20, n) / 10]
        else:  # continuous
            y_score = [float(v) for v in rng.normal(0, 1, n)]
        if trial % 10 == 0:
            y_true = [bool(v) for v in y_true]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "No positive class found in y_true"
            expected = float(average_precision_score(y_true, y_score))
        got = average_precision(y_true, y_score)
        assert math.isclose(got, expected, rel_tol=1e-9, abs_tol=1e-12), (
            f"trial {trial}: scikit-learn gives {expected!r}, the reference {got!r} for "
            f"y_true={y_true}, y_score={y_score}"
        )
