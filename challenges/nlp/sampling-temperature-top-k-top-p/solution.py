import numpy as np


def _softmax(scores):
    """Row-wise softmax; -inf scores get probability exactly 0."""
    shifted = scores - scores.max(axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=-1, keepdims=True)


def sample_tokens(logits, temperature=1.0, top_k=0, top_p=1.0, seed=0):
    """One token per row, sampled after Hugging Face's warpers: temperature, top-k, then top-p.

    Returns (tokens, probs): tokens int64 of shape (batch,), probs float64 of shape (batch, vocab),
    the distribution each token was drawn from.
    """
    scores = np.asarray(logits, dtype=np.float64) / temperature
    vocab = scores.shape[-1]

    if top_k > 0:
        k = min(top_k, vocab)
        kth = -np.sort(-scores, axis=-1)[:, k - 1:k]  # the k-th largest score of each row
        scores = np.where(scores < kth, -np.inf, scores)  # ties with the k-th all stay

    if top_p < 1.0:
        order = np.argsort(scores, axis=-1, kind="stable")  # ascending
        ascending = np.take_along_axis(scores, order, axis=-1)
        cumulative = np.cumsum(_softmax(ascending), axis=-1)
        remove_sorted = cumulative <= 1.0 - top_p
        remove_sorted[:, -1] = False  # the most probable token always stays
        remove = np.empty_like(remove_sorted)
        np.put_along_axis(remove, order, remove_sorted, axis=-1)
        scores = np.where(remove, -np.inf, scores)

    probs = _softmax(scores)
    rng = np.random.default_rng(seed)  # one draw per row, rows in order
    tokens = np.array([rng.choice(vocab, p=row) for row in probs], dtype=np.int64)
    return tokens, probs
