"""The reference's single-feature scores against sklearn.metrics.roc_auc_score: with
auc_threshold=0.5 every numeric feature whose rows hold both classes is reported, with
max(AUC, 1 - AUC). Features with ties, missing values, ints, bools and a single class."""

import math

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score


def crosscheck(find_leaks, rng):
    for trial in range(300):
        n = int(rng.integers(1, 5)) if trial % 5 == 0 else int(rng.integers(2, 80))
        y = rng.integers(0, 2, n)
        if trial % 11 == 0:
            y[:] = y[0]
        columns = {
            "discrete": rng.integers(0, 4, n) + y * int(rng.integers(0, 3)),
            "normal": rng.normal(0, 1, n) + y * rng.normal(0, 2),
            "flag": rng.random(n) < 0.3 + 0.4 * y,
        }
        with_missing = rng.normal(0, 1, n) - y
        with_missing[rng.random(n) < 0.2] = np.nan
        columns["with_missing"] = with_missing
        frame = pd.DataFrame({**columns, "target": y})
        got = find_leaks(frame, "target", auc_threshold=0.5)["high_auc"]
        for name, values in columns.items():
            values = np.asarray(values, dtype=float)
            keep = ~np.isnan(values)
            where = f"trial {trial}, feature {name}: values={values.tolist()}, y={y.tolist()}"
            if len(set(y[keep].tolist())) < 2:
                assert name not in got, f"{where}: one class only, yet reported {got.get(name)!r}"
                continue
            auc = roc_auc_score(y[keep], values[keep])
            want = max(auc, 1 - auc)
            assert name in got and math.isclose(got[name], want, rel_tol=0, abs_tol=1e-12), (
                f"{where}: scikit-learn gives {want!r}, the reference {got.get(name)!r}")
