"""The reference against scikit-learn: confusion_matrix, accuracy_score and precision_score /
recall_score / f1_score with zero_division=np.nan (an undefined value is None here), overall and
per group."""

import math
import warnings

import numpy as np
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_score, recall_score


def _expected(t, p):
    tn, fp, fn, tp = (int(v) for v in confusion_matrix(t, p, labels=[0, 1]).ravel())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rates = {
            "accuracy": float(accuracy_score(t, p)) if len(t) else None,
            "precision": float(precision_score(t, p, labels=[0, 1], zero_division=np.nan)),
            "recall": float(recall_score(t, p, labels=[0, 1], zero_division=np.nan)),
            "f1": float(f1_score(t, p, labels=[0, 1], zero_division=np.nan)),
        }
    rates = {k: (None if v is None or math.isnan(v) else v) for k, v in rates.items()}
    return {"n": len(t), "tp": tp, "fp": fp, "fn": fn, "tn": tn, **rates}


def _compare(row, want, where):
    for key, value in want.items():
        got = row[key]
        if value is None or isinstance(value, int):
            assert got == value and type(got) is type(value), f"{where}: {key} {got!r}, scikit-learn {value!r}"
        else:
            assert math.isclose(got, value, rel_tol=1e-12, abs_tol=1e-12), f"{where}: {key} {got!r}, scikit-learn {value!r}"
    assert row["suppressed"] is False, f"{where}: suppressed with min_count=1"


def crosscheck(model_card_metrics, rng):
    for trial in range(300):
        n = int(rng.integers(1, 4)) if trial % 5 == 0 else int(rng.integers(1, 80))
        k = int(rng.integers(1, 5))
        groups = [f"g{v}" for v in rng.integers(0, k, n)] if trial % 2 else [int(v) for v in rng.integers(-1, k, n)]
        base = [0.0, 1.0, 0.3, 0.6][trial % 4]
        y_true = (rng.random(n) < base).astype(int)
        skill = [1.0, 0.8, 0.5, 0.0][(trial // 4) % 4]
        y_pred = np.where(rng.random(n) < skill, y_true, 1 - y_true)
        if trial % 7 == 0:
            y_pred[:] = y_pred[0]  # a constant prediction
        got = model_card_metrics(y_true.tolist(), y_pred.tolist(), groups)
        where = f"trial {trial}: y_true={y_true.tolist()}, y_pred={y_pred.tolist()}, groups={groups}"
        _compare(got["overall"], _expected(y_true, y_pred), f"{where}, overall")
        assert got["overall"]["group"] is None, f"{where}: overall group"
        names = sorted(set(groups))
        assert [r["group"] for r in got["by_group"]] == names, f"{where}: group order"
        g = np.array(groups, dtype=object)
        for row, name in zip(got["by_group"], names):
            mask = g == name
            _compare(row, _expected(y_true[mask], y_pred[mask]), f"{where}, group {name!r}")
