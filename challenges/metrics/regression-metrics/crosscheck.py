"""The reference against scikit-learn's root_mean_squared_error, mean_absolute_error, r2_score."""

import math
import warnings

from sklearn.metrics import mean_absolute_error, r2_score, root_mean_squared_error


def _close(a, b):
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def crosscheck(regression_metrics, rng):
    for trial in range(400):
        n = int(rng.integers(1, 50))
        kind = trial % 4
        if kind == 0:  # small integers: many ties, sometimes a constant target
            y_true = [int(v) for v in rng.integers(-3, 4, n)]
            y_pred = [int(v) for v in rng.integers(-3, 4, n)]
        elif kind == 1:  # constant target with exactly representable values
            c = float(rng.integers(-8, 9)) / 4
            y_true = [c] * n
            y_pred = [c if rng.random() < 0.7 else c + 0.5 for _ in range(n)]
        elif kind == 2:  # continuous values
            y_true = [float(v) for v in rng.normal(0, 100, n)]
            y_pred = [t + float(e) for t, e in zip(y_true, rng.normal(0, 30, n))]
        else:  # a poor model: r2 often negative
            y_true = [float(v) for v in rng.uniform(-5, 5, n)]
            y_pred = [float(v) for v in rng.uniform(-10, 10, n)]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # r2_score warns for a single sample
            expected = {
                "rmse": float(root_mean_squared_error(y_true, y_pred)),
                "mae": float(mean_absolute_error(y_true, y_pred)),
                "r2": float(r2_score(y_true, y_pred)),
            }
        got = regression_metrics(y_true, y_pred)
        assert all(_close(got[k], expected[k]) for k in expected), (
            f"trial {trial}: scikit-learn gives {expected}, the reference {got} for "
            f"y_true={y_true}, y_pred={y_pred}"
        )
