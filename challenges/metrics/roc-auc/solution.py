import math
from collections import Counter


def roc_auc(y_true, y_score):
    """Area under the ROC curve; tied scores count 1/2. NaN unless both classes are present."""
    pos = Counter(s for t, s in zip(y_true, y_score) if t)
    neg = Counter(s for t, s in zip(y_true, y_score) if not t)
    n_pos, n_neg = sum(pos.values()), sum(neg.values())
    if n_pos == 0 or n_neg == 0:
        return math.nan
    # Walk the distinct scores upwards. A positive at score s beats every negative below s and
    # ties with the negatives at s. Count in halves to stay in exact integers.
    twice_wins = 0
    neg_below = 0
    for s in sorted(pos.keys() | neg.keys()):
        twice_wins += pos[s] * (2 * neg_below + neg[s])
        neg_below += neg[s]
    return twice_wins / (2 * n_pos * n_neg)
