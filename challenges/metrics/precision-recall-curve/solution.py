import numpy as np


def precision_recall_curve(y_true, y_score):
    """Precision and recall at every distinct score threshold, thresholds increasing."""
    y = np.asarray(y_true, dtype=bool)
    s = np.asarray(y_score, dtype=float)
    order = np.argsort(s, kind="stable")[::-1]  # highest score first
    s = s[order]
    y = y[order]
    tps = np.cumsum(y)
    fps = np.cumsum(~y)
    # the last sample of every group of tied scores: a tie enters as one threshold
    ends = np.append(np.flatnonzero(np.diff(s)), len(s) - 1)
    tps = tps[ends]
    fps = fps[ends]
    thresholds = s[ends]
    precision = tps / (tps + fps)
    if tps[-1] == 0:
        recall = np.ones(len(tps))  # no positives: scikit-learn's convention
    else:
        recall = tps / tps[-1]
    return (
        precision[::-1].tolist() + [1.0],
        recall[::-1].tolist() + [0.0],
        thresholds[::-1].tolist(),
    )
