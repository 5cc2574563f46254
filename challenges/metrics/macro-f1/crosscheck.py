"""The reference against scikit-learn's f1_score(average="macro", zero_division=0)."""

import math

from sklearn.metrics import f1_score


def crosscheck(macro_f1, rng):
    for trial in range(300):
        n = int(rng.integers(1, 60))
        k = int(rng.integers(1, 6))
        y_true = [int(v) for v in rng.integers(0, k, n)]
        y_pred = [int(v) for v in rng.integers(0, k + 1, n)]
        labels = sorted(set(y_true) | set(y_pred))
        expected = f1_score(y_true, y_pred, labels=labels, average="macro", zero_division=0)
        got = macro_f1(y_true, y_pred)
        assert math.isclose(got, expected, rel_tol=1e-9, abs_tol=1e-12), (
            f"trial {trial}: scikit-learn gives {expected!r}, the reference {got!r} "
            f"for y_true={y_true}, y_pred={y_pred}"
        )
