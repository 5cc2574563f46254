"""The reference against scikit-learn's ndcg_score(y_true, y_score, k=k) (ignore_ties=False)."""

import math

import numpy as np
from sklearn.metrics import ndcg_score


def crosscheck(ndcg_at_k, rng):
    for trial in range(400):
        queries = int(rng.integers(1, 5))
        docs = int(rng.integers(2, 12))  # scikit-learn needs >= 2 documents and equal lengths
        if trial % 3 == 0:  # graded integer relevances, often all zero in a query
            y_true = rng.choice([0, 0, 0, 1, 2, 3], size=(queries, docs))
        elif trial % 3 == 1:  # binary relevance
            y_true = rng.integers(0, 2, size=(queries, docs))
        else:  # float relevances
            y_true = np.round(rng.uniform(0, 2, size=(queries, docs)), 2)
        if trial % 2 == 0:  # heavy ties
            y_score = rng.integers(-2, 3, size=(queries, docs))
        else:
            y_score = np.round(rng.normal(0, 1, size=(queries, docs)), 1)
        k = [None, 1, 2, 3, 5, docs, docs + 3][trial % 7]
        expected = float(ndcg_score(y_true, y_score, k=k))
        got = ndcg_at_k(y_true.tolist(), y_score.tolist(), k)
        assert math.isclose(got, expected, rel_tol=1e-9, abs_tol=1e-12), (
            f"trial {trial}: scikit-learn gives {expected!r}, the reference {got!r} for "
            f"y_true={y_true.tolist()}, y_score={y_score.tolist()}, k={k}"
        )
