import math

import numpy as np


def privatize(answers, p_truth, rng):
    """Warner-style randomized response: the truth with probability p_truth, else a fair coin."""
    _check_p(p_truth)
    answers = np.asarray(answers)
    if answers.size and not np.isin(answers, (0, 1)).all():
        raise ValueError("answers must be 0/1 (or False/True)")
    n = len(answers)
    keep = rng.random(n) < p_truth
    coin = rng.random(n) < 0.5
    return np.where(keep, answers, coin).astype(np.int64)


def estimate_rate(responses, p_truth):
    """The unbiased estimate of the true rate, clipped to [0, 1] as well, and its standard error."""
    _check_p(p_truth)
    responses = np.asarray(responses, dtype=float)
    n = len(responses)
    if n == 0:
        return {"estimate": None, "clipped": None, "std_error": None}
    observed = float(responses.mean())
    estimate = (observed - (1 - p_truth) / 2) / p_truth
    return {
        "estimate": estimate,
        "clipped": min(max(estimate, 0.0), 1.0),
        "std_error": math.sqrt(observed * (1 - observed) / n) / p_truth,
    }


def epsilon(p_truth):
    """The local differential privacy level: ln(P(yes | yes) / P(yes | no)) = ln((1 + p) / (1 - p))."""
    _check_p(p_truth)
    if p_truth == 1:
        return math.inf
    return math.log((1 + p_truth) / (1 - p_truth))


def _check_p(p_truth):
    if not (isinstance(p_truth, (int, float)) and 0 < p_truth <= 1):
        raise ValueError(f"p_truth must be in (0, 1], got {p_truth!r}")
