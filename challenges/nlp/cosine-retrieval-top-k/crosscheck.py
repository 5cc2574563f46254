"""The reference against scikit-learn's cosine_similarity, ranked by the statement's rule.

Ordinary magnitudes only: normalize() inside cosine_similarity treats norms below 10 * eps as 0;
the hidden tests pin magnitudes down to 1e-100 with exact sums (math.fsum) instead.
"""

import numpy as np
from sklearn.metrics.pairwise import cosine_similarity


def crosscheck(cosine_retrieve, rng):
    for trial in range(300):
        n = int(rng.integers(0, 4)) if trial % 5 == 0 else int(rng.integers(1, 80))
        d = int(rng.integers(1, 12))
        if trial % 3 == 0:  # small integers: zero vectors, scaled copies and exact ties
            corpus = rng.integers(-2, 3, size=(n, d)).astype(np.float64)
            query = rng.integers(-2, 3, size=d).astype(np.float64)
        else:
            corpus = rng.normal(size=(n, d)) * 10.0 ** rng.integers(-6, 7)
            query = rng.normal(size=d)
        if trial % 7 == 0 and n > 1:
            corpus[n // 2:] = corpus[: n - n // 2] * 3.0  # same directions
        k = int(rng.integers(0, n + 3))
        if n:
            sims = cosine_similarity(query[None, :], corpus)[0]  # 0.0 for zero vectors
        else:
            sims = np.zeros(0)
        order = np.argsort(-np.round(sims, 9), kind="stable")[:k]
        idx, scores = cosine_retrieve(query, corpus, k)
        assert np.array_equal(idx, order), (
            f"trial {trial}: scikit-learn ranks {order.tolist()}, the reference {idx.tolist()} "
            f"for query={query.tolist()}, corpus={corpus.tolist()}, k={k}")
        assert np.allclose(scores, sims[order], rtol=0, atol=1e-12), (
            f"trial {trial}: scores {scores.tolist()} != scikit-learn's {sims[order].tolist()}")
