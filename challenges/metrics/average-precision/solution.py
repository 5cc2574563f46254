from collections import Counter


def average_precision(y_true, y_score):
    """Step-function area under the precision-recall curve; tied scores are one threshold.

    No positives (or empty input) -> 0.0.
    """
    # One threshold per distinct score: count positives and negatives per score.
    pos = Counter(s for t, s in zip(y_true, y_score) if t)
    neg = Counter(s for t, s in zip(y_true, y_score) if not t)
    positives = sum(pos.values())
    if positives == 0:
        return 0.0
    ap = 0.0
    tp = fp = 0
    for score in sorted(pos.keys() | neg.keys(), reverse=True):
        tp += pos[score]
        fp += neg[score]
        if pos[score]:  # recall rises by pos[score] / positives at precision tp / (tp + fp)
            ap += pos[score] / positives * (tp / (tp + fp))
    return ap
