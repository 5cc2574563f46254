import math
from collections import Counter


def macro_f1(y_true, y_pred):
    """Macro-averaged F1 over the union of labels in y_true and y_pred (zero_division=0)."""
    if len(y_true) == 0:
        return 0.0
    true_count = Counter(y_true)
    pred_count = Counter(y_pred)
    tp = Counter(t for t, p in zip(y_true, y_pred) if t == p)
    labels = true_count.keys() | pred_count.keys()
    # F1 = 2TP / (2TP + FP + FN), and 2TP + FP + FN = (times c is true) + (times c is predicted),
    # which is at least 1 for every label in the union.
    scores = [2 * tp[c] / (true_count[c] + pred_count[c]) for c in labels]
    return math.fsum(scores) / len(labels)
