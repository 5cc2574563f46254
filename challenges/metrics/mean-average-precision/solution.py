import numpy as np


def mean_average_precision(y_true, y_score, sample_weight=None):
    """Mean over queries of average precision, ties ranked pessimistically (sklearn's LRAP)."""
    relevant = np.asarray(y_true, dtype=bool)
    scores = np.asarray(y_score, dtype=float)
    n, n_items = relevant.shape
    ap = np.ones(n)  # no relevant item, or every item relevant: 1.0
    for i in range(n):
        rel = relevant[i]
        count = np.count_nonzero(rel)
        if count == 0 or count == n_items:
            continue
        rel_scores = scores[i][rel]
        # For each relevant item: how many items, and how many relevant ones, score >= it.
        rank = np.sum(scores[i][None, :] >= rel_scores[:, None], axis=1)
        hits = np.sum(rel_scores[None, :] >= rel_scores[:, None], axis=1)
        ap[i] = np.mean(hits / rank)
    if sample_weight is None:
        return float(np.mean(ap))
    w = np.asarray(sample_weight, dtype=float)
    w = w / np.max(w)  # weights near 1e308 would overflow their sum
    return float(np.sum(w * ap) / np.sum(w))
