"""The reference against scikit-learn's roc_auc_score(y_true, y_score)."""

import math
import warnings

from sklearn.metrics import roc_auc_score


def crosscheck(roc_auc, rng):
    for trial in range(500):
        n = int(rng.integers(1, 60))
        rate = [0.0, 0.05, 0.3, 0.5, 0.9, 1.0][trial % 6]
        y_true = [int(v) for v in (rng.random(n) < rate)]
        kind = trial % 4
        if kind == 0:  # heavy ties
            y_score = [int(v) for v in rng.integers(-2, 3, n)]
        elif kind == 1:  # some ties, correlated with the label
            y_score = [round(float(t + v), 1) for t, v in zip(y_true, rng.normal(0, 1, n))]
        elif kind == 2:  # continuous
            y_score = [float(v) for v in rng.normal(0, 1, n)]
        else:  # probabilities with ties at 0 and 1
            y_score = [float(min(1.0, max(0.0, v))) for v in rng.normal(0.5, 0.5, n)]
        if trial % 10 == 0:
            y_true = [bool(v) for v in y_true]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # one class: UndefinedMetricWarning, returns nan
            expected = float(roc_auc_score(y_true, y_score))
        got = roc_auc(y_true, y_score)
        same = (math.isnan(got) and math.isnan(expected)) or math.isclose(
            got, expected, rel_tol=1e-9, abs_tol=1e-12)
        assert same, (
            f"trial {trial}: scikit-learn gives {expected!r}, the reference {got!r} for "
            f"y_true={y_true}, y_score={y_score}"
        )
