import numpy as np

BATCH = 256  # queries per block: the score block is BATCH x n floats, whatever q is


def _unit_rows(X):
    """Rows scaled to length 1; all-zero rows stay zero, so their similarities are 0.0."""
    norms = np.linalg.norm(X, axis=1, keepdims=True)
    return X / np.where(norms == 0.0, 1.0, norms)


def cosine_top_k(queries, corpus, k):
    """For each query, the k most cosine-similar valid corpus rows: (indices, scores), best first."""
    Q = np.asarray(queries, dtype=np.float64)
    C = np.asarray(corpus, dtype=np.float64)
    keep = np.flatnonzero(~np.isnan(C).any(axis=1))  # rows with a NaN are never returned
    Cu = _unit_rows(C[keep])
    K = min(k, len(keep))
    indices = np.empty((len(Q), K), dtype=np.int64)
    scores = np.empty((len(Q), K), dtype=np.float64)
    if K == 0:
        return indices, scores
    for start in range(0, len(Q), BATCH):
        S = _unit_rows(Q[start:start + BATCH]) @ Cu.T  # (b, n_valid) cosine similarities
        n = S.shape[1]
        if K < n:
            # O(n) selection of the K largest per row (in no particular order) ...
            cand = np.argpartition(S, n - K, axis=1)[:, n - K:]
        else:
            cand = np.broadcast_to(np.arange(n), S.shape)
        top = np.take_along_axis(S, cand, axis=1)
        # ... then sort only those K: score descending, lower corpus index first on ties
        order = np.lexsort((cand, -top), axis=1)
        indices[start:start + BATCH] = keep[np.take_along_axis(cand, order, axis=1)]
        scores[start:start + BATCH] = np.take_along_axis(top, order, axis=1)
    return indices, scores
