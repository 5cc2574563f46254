import numpy as np


def top_k_accuracy(y_true, y_score, k=2):
    """Fraction of samples whose true class is among the k highest-scored classes."""
    scores = np.asarray(y_score, dtype=float)
    y = np.asarray(y_true, dtype=int)
    rows = np.arange(len(y))
    true_score = scores[rows, y][:, None]
    columns = np.arange(scores.shape[1])
    # Classes ranked above the true one: a higher score, or the same score and a higher index.
    ahead = (scores > true_score) | ((scores == true_score) & (columns > y[:, None]))
    rank = ahead.sum(axis=1)
    return float(np.mean(rank < k))
