import numpy as np


def sample_tokens(logits, temperature=1.0, top_k=0, top_p=1.0, seed=0):
    """One token per row, sampled after Hugging Face's warpers: temperature, top-k, then top-p.

    Returns (tokens, probs): tokens int64 of shape (batch,), probs float64 of shape (batch, vocab),
    the distribution each token was drawn from.
    """
    # your code here: for now, greedy decoding (no temperature, no top-k, no top-p, no sampling)
    scores = np.asarray(logits, dtype=np.float64)
    probs = np.exp(scores - scores.max(axis=-1, keepdims=True))
    probs /= probs.sum(axis=-1, keepdims=True)
    return np.argmax(scores, axis=-1), probs
