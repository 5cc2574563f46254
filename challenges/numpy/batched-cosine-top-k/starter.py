import numpy as np


def cosine_top_k(queries, corpus, k):
    """For each query, the k most cosine-similar valid corpus rows: (indices, scores), best first."""
    # your code here: for now, the first k rows with a score of 0 for every query
    K = min(k, len(corpus))
    indices = np.tile(np.arange(K), (len(queries), 1))
    return indices, np.zeros((len(queries), K))
