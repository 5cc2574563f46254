import numpy as np


def perplexity(log_probs, mask=None):
    """Perplexity of the real (unmasked) tokens: (corpus perplexity, per-sequence perplexities).

    log_probs: (batch, seq) natural-log probabilities of the target tokens; mask: True/1 marks a
    real token, False/0 padding (whose log-probs may be anything, NaN and -inf included).
    """
    # your code here: for now, the exponential of the mean log-probability (sign and mask ignored)
    lp = np.asarray(log_probs, dtype=np.float64)
    return float(np.exp(lp.mean())), np.exp(lp.mean(axis=1))
