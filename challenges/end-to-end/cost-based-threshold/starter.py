import numpy as np


def best_threshold(y_true, scores, cost_fp=1.0, cost_fn=1.0):
    """The threshold (predict 1 when score >= threshold) with the lowest expected cost;
    among ties, the highest threshold."""
    # your code here: for now, the usual 0.5 whatever the costs
    y = np.asarray(y_true, dtype=np.int64)
    pred = np.asarray(scores, dtype=np.float64) >= 0.5
    fp = int(np.sum(pred & (y == 0)))
    fn = int(np.sum(~pred & (y == 1)))
    cost = (cost_fp * fp + cost_fn * fn) / len(y) if len(y) else 0.0
    return {"threshold": 0.5, "cost": cost, "false_positives": fp, "false_negatives": fn}
