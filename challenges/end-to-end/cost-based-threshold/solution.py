import numpy as np


def best_threshold(y_true, scores, cost_fp=1.0, cost_fn=1.0):
    """The threshold (predict 1 when score >= threshold) with the lowest expected cost;
    among ties, the highest threshold."""
    y = np.asarray(y_true, dtype=np.int64)
    s = np.asarray(scores, dtype=np.float64)
    n = len(y)
    order = np.argsort(-s, kind="stable")
    s, y = s[order], y[order]
    last = np.r_[np.flatnonzero(np.diff(s) != 0), n - 1] if n else np.array([], dtype=np.int64)
    tp = np.cumsum(y)[last]  # positives with score >= s[last], for each distinct score
    fp = (last + 1) - tp
    fn = int(y.sum()) - tp
    # candidate 0 is +inf (nothing predicted positive), then the distinct scores from the top
    thresholds = np.r_[np.inf, s[last]]
    fps = np.r_[0, fp]
    fns = np.r_[int(y.sum()), fn]
    totals = cost_fp * fps + cost_fn * fns
    best = totals.min()
    k = int(np.flatnonzero(totals <= best + 1e-9 * max(1.0, best))[0])  # the highest threshold
    return {"threshold": float(thresholds[k]), "cost": float(totals[k] / n) if n else 0.0,
            "false_positives": int(fps[k]), "false_negatives": int(fns[k])}
