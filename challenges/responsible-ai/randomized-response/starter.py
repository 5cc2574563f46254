import numpy as np


def privatize(answers, p_truth, rng):
    """Warner-style randomized response: the truth with probability p_truth, else a fair coin."""
    # your code here
    return np.asarray(answers, dtype=np.int64)


def estimate_rate(responses, p_truth):
    """The unbiased estimate of the true rate, clipped to [0, 1] as well, and its standard error."""
    # your code here
    observed = float(np.mean(responses)) if len(responses) else None
    return {"estimate": observed, "clipped": observed, "std_error": None}


def epsilon(p_truth):
    """The local differential privacy level: ln(P(yes | yes) / P(yes | no)) = ln((1 + p) / (1 - p))."""
    # your code here
    return 0.0
