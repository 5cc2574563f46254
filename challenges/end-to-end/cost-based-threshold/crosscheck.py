"""The reference against the points of scikit-learn's roc_curve(drop_intermediate=False): its
thresholds are +inf and the distinct scores, and its fpr/tpr give FP and FN at each. The cheapest
total cost (highest threshold among ties) must be the reference's answer."""

import math

import numpy as np
from sklearn.metrics import roc_curve


def crosscheck(best_threshold, rng):
    for trial in range(300):
        n = int(rng.integers(2, 80))
        y = (rng.random(n) < rng.uniform(0.1, 0.9)).astype(int)
        y[0], y[1] = 0, 1  # roc_curve needs both classes
        scores = np.round(rng.normal(0, 1, n) + y * rng.uniform(0, 2), int(rng.integers(0, 3)))
        c_fp, c_fn = float(rng.choice([0.1, 0.5, 1.0, 2.0])), float(rng.choice([0.3, 1.0, 5.0]))
        fpr, tpr, thr = roc_curve(y, scores, drop_intermediate=False)
        fp = np.rint(fpr * (n - y.sum())).astype(int)
        fn = y.sum() - np.rint(tpr * y.sum()).astype(int)
        totals = c_fp * fp + c_fn * fn
        best = totals.min()
        k = int(np.flatnonzero(totals <= best + 1e-9 * max(1.0, best))[0])
        got = best_threshold(y.tolist(), scores.tolist(), c_fp, c_fn)
        where = f"trial {trial}: y={y.tolist()}, scores={scores.tolist()}, costs={c_fp}, {c_fn}"
        assert got["threshold"] == float(thr[k]) and got["false_positives"] == fp[k] and (
            got["false_negatives"] == fn[k]) and math.isclose(got["cost"], totals[k] / n, rel_tol=1e-9), (
            f"{where}: roc_curve gives threshold {thr[k]!r} (FP {fp[k]}, FN {fn[k]}), the reference {got}")
