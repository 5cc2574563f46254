import math


def _discounts(n, k):
    """Discount of positions 1..n: 1 / log2(i + 1), and 0 after position k."""
    cut = n if k is None else min(n, k)
    return [1.0 / math.log2(i + 2) for i in range(cut)] + [0.0] * (n - cut)


def _tie_averaged_dcg(relevance, scores, discount):
    groups = {}  # score -> [sum of relevance, number of documents]
    for rel, score in zip(relevance, scores):
        group = groups.setdefault(score, [0.0, 0])
        group[0] += rel
        group[1] += 1
    dcg, start = 0.0, 0
    for score in sorted(groups, reverse=True):
        total, count = groups[score]
        # the group shares positions start+1 .. start+count: every one gets the mean relevance
        dcg += total / count * math.fsum(discount[start:start + count])
        start += count
    return dcg


def ndcg_at_k(y_true, y_score, k=None):
    """Mean NDCG@k over queries: linear gains, 1/log2(i+1) discounts, tied scores averaged.

    A query whose ideal DCG is 0 scores 0.0; no queries -> 0.0.
    """
    if not y_true:
        return 0.0
    total = 0.0
    for relevance, scores in zip(y_true, y_score):
        discount = _discounts(len(relevance), k)
        ideal = math.fsum(r * d for r, d in zip(sorted(relevance, reverse=True), discount))
        if ideal > 0:
            total += _tie_averaged_dcg(relevance, scores, discount) / ideal
    return total / len(y_true)
