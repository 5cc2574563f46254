import numpy as np


def _unit(X):
    """Rows (or a vector) scaled to length 1; zero vectors stay zero."""
    norms = np.linalg.norm(X, axis=-1, keepdims=True)
    return X / np.where(norms == 0.0, 1.0, norms)


def cosine_retrieve(query, corpus, k=5):
    """The k corpus rows most cosine-similar to query: (indices, scores), best first.

    Ranked by score rounded to 9 decimals, descending; equal rounded scores keep corpus order.
    """
    q = _unit(np.asarray(query, dtype=np.float64))
    C = _unit(np.asarray(corpus, dtype=np.float64))  # (n, d), n may be 0
    scores = C @ q
    # a stable sort on the negated rounded scores: ties (within rounding noise) by index
    order = np.argsort(-np.round(scores, 9), kind="stable")[:k]
    return order, scores[order]  # argsort gives integer (intp) indices
