"""The reference against scikit-learn's precision_recall_curve(y_true, y_score)."""

import warnings

import numpy as np
from sklearn.metrics import precision_recall_curve as sk_curve


def crosscheck(precision_recall_curve, rng):
    for trial in range(400):
        n = int(rng.integers(1, 4)) if trial % 4 == 0 else int(rng.integers(1, 60))
        rate = [0.0, 0.1, 0.5, 0.9, 1.0][trial % 5]
        y_true = [int(v) for v in (rng.random(n) < rate)]
        kind = trial % 3
        if kind == 0:  # heavy ties
            y_score = [int(v) for v in rng.integers(-2, 3, n)]
        elif kind == 1:
            y_score = [round(float(v), 1) for v in rng.normal(0, 1, n)]
        else:
            y_score = [float(v) for v in rng.random(n)]
        if trial % 10 == 0:
            y_true = [bool(v) for v in y_true]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # no positives: a warning, recall set to 1
            expected = sk_curve(y_true, y_score)
        got = precision_recall_curve(y_true, y_score)
        for name, g, e in zip(("precision", "recall", "thresholds"), got, expected):
            ok = len(g) == len(e) and np.allclose(g, e, rtol=1e-12, atol=1e-12)
            assert ok, (
                f"trial {trial}: {name}: scikit-learn gives {list(e)}, the reference {list(g)} "
                f"for y_true={y_true}, y_score={y_score}"
            )
