import numpy as np


def perplexity(log_probs, mask=None):
    """Perplexity of the real (unmasked) tokens: (corpus perplexity, per-sequence perplexities).

    log_probs: (batch, seq) natural-log probabilities of the target tokens; mask: True/1 marks a
    real token, False/0 padding (whose log-probs may be anything, NaN and -inf included).
    """
    lp = np.asarray(log_probs, dtype=np.float64)
    real = np.ones(lp.shape, dtype=bool) if mask is None else np.asarray(mask).astype(bool)
    # np.where, not lp * mask: 0 * -inf and 0 * NaN are NaN
    nll = -np.where(real, lp, 0.0)
    per_seq_nll = nll.sum(axis=1)
    per_seq_count = real.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        # mean negative log-likelihood, then exp: never a product of probabilities
        per_seq = np.exp(per_seq_nll / per_seq_count)  # no real token: 0 / 0 = NaN
        corpus = np.exp(per_seq_nll.sum() / per_seq_count.sum())
    return float(corpus), per_seq
