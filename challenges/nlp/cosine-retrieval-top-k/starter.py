import numpy as np


def cosine_retrieve(query, corpus, k=5):
    """The k corpus rows most cosine-similar to query: (indices, scores), best first.

    Ranked by score rounded to 9 decimals, descending; equal rounded scores keep corpus order.
    """
    # your code here: for now, raw dot products (not cosine), in no stable order
    C = np.asarray(corpus, dtype=np.float64)
    scores = C @ np.asarray(query, dtype=np.float64)
    order = np.argsort(-scores)[:k]
    return order, scores[order]
