"""The reference against per-group confusion matrices from scikit-learn, aggregated as fairlearn's
equalized_odds_difference / equalized_odds_ratio do (max / min of the TPR and FPR between-group
gaps and min/max ratios, or their mean). fairlearn itself is not installed here; its
true_positive_rate scores a group without positives as 0, where this drill says None, so groups
without positives or negatives are compared with the statement's rule instead."""

import math

import numpy as np
from sklearn.metrics import confusion_matrix


def _direct(y_true, y_pred, groups, agg):
    y_true, y_pred, groups = np.asarray(y_true, int), np.asarray(y_pred, int), np.asarray(groups)
    tpr, fpr = {}, {}
    for g in dict.fromkeys(groups.tolist()):
        mask = groups == g
        tn, fp, fn, tp = confusion_matrix(y_true[mask], y_pred[mask], labels=[0, 1]).ravel()
        tpr[g] = tp / (tp + fn) if tp + fn else None
        fpr[g] = fp / (fp + tn) if fp + tn else None
    diffs, ratios = [], []
    for rates in (tpr, fpr):
        vals = np.array([r for r in rates.values() if r is not None], float)
        diffs.append(float(vals.max() - vals.min()) if vals.size else 0.0)
        if vals.size and vals.max() > 0:
            ratios.append(float(vals.min() / vals.max()))
    if agg == "worst_case":
        return tpr, fpr, diffs, max(diffs), (min(ratios) if ratios else None)
    return tpr, fpr, diffs, float(np.mean(diffs)), (float(np.mean(ratios)) if ratios else None)


def _same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)


def crosscheck(equalized_odds, rng):
    for trial in range(400):
        n = int(rng.integers(1, 4)) if trial % 5 == 0 else int(rng.integers(1, 80))
        k = int(rng.integers(1, 5))
        groups = [f"g{v}" for v in rng.integers(0, k, n)] if trial % 2 else [int(v) for v in rng.integers(-1, k, n)]
        base = [0.0, 1.0, 0.3, 0.6][trial % 4]
        y_true = [int(v) for v in (rng.random(n) < base)]
        skill = [1.0, 0.8, 0.5, 0.0][(trial // 4) % 4]
        y_pred = [t if rng.random() < skill else 1 - t for t in y_true]
        if trial % 7 == 0:  # a constant prediction
            y_pred = [y_pred[0]] * n
        agg = "mean" if trial % 3 == 0 else "worst_case"
        tpr, fpr, diffs, diff, ratio = _direct(y_true, y_pred, groups, agg)
        got = equalized_odds(y_true, y_pred, groups, agg)
        where = f"trial {trial}: y_true={y_true}, y_pred={y_pred}, groups={groups}, agg={agg!r}"
        for name, want in (("true_positive_rate", tpr), ("false_positive_rate", fpr)):
            assert set(got[name]) == set(want), f"{where}: {name} keys {sorted(got[name], key=str)}"
            for g in want:
                assert _same(got[name][g], want[g]), f"{where}: {name}[{g!r}] {got[name][g]!r} vs {want[g]!r}"
        assert _same(got["tpr_difference"], diffs[0]), f"{where}: tpr_difference"
        assert _same(got["fpr_difference"], diffs[1]), f"{where}: fpr_difference"
        assert _same(got["equalized_odds_difference"], diff), f"{where}: difference {got['equalized_odds_difference']} vs {diff}"
        assert _same(got["equalized_odds_ratio"], ratio), f"{where}: ratio {got['equalized_odds_ratio']} vs {ratio}"
