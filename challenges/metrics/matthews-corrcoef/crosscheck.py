"""The reference against scikit-learn's matthews_corrcoef(y_true, y_pred)."""

import math
import warnings

from sklearn.metrics import matthews_corrcoef as sk_mcc


def crosscheck(matthews_corrcoef, rng):
    for trial in range(400):
        n = int(rng.integers(1, 4)) if trial % 4 == 0 else int(rng.integers(1, 60))
        k = int(rng.integers(1, 6))
        y_true = [int(v) for v in rng.integers(0, k, n)]
        right = [0.0, 0.5, 0.8, 1.0][trial % 4]
        y_pred = [t if rng.random() < right else int(rng.integers(0, k + 1)) for t in y_true]
        if trial % 6 == 0:  # a constant prediction
            y_pred = [y_pred[0]] * n
        if trial % 9 == 0:
            y_true = [f"c{v}" for v in y_true]
            y_pred = [f"c{v}" for v in y_pred]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            expected = float(sk_mcc(y_true, y_pred))
        got = matthews_corrcoef(y_true, y_pred)
        assert math.isclose(got, expected, rel_tol=1e-9, abs_tol=1e-12), (
            f"trial {trial}: scikit-learn gives {expected!r}, the reference {got!r} for "
            f"y_true={y_true}, y_pred={y_pred}"
        )
