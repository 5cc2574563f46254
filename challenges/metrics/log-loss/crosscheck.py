"""The reference against scikit-learn 1.9's log_loss(y_true, y_prob, labels=labels)."""

import math
import warnings

from sklearn.metrics import log_loss as sk_log_loss


def crosscheck(log_loss, rng):
    label_sets = [[0, 1], [-1, 1], ["ham", "spam"], [False, True], [0, 1, 2], ["a", "b", "c", "d"],
                  [0, 3, 5, 7, 9]]
    for trial in range(500):
        labels = label_sets[trial % len(label_sets)]
        k = len(labels)
        n = int(rng.integers(1, 40))
        # sometimes only some classes occur in y_true
        present = int(rng.integers(1, k + 1))
        y_true = [labels[i] for i in rng.integers(0, present, n)]
        one_d = k == 2 and rng.random() < 0.5
        if one_d:
            y_prob = [_edge(rng, float(rng.random())) for _ in range(n)]
        else:
            y_prob = []
            for _ in range(n):
                row = rng.dirichlet([0.5] * k)
                row = [_edge(rng, float(v)) for v in row]
                if rng.random() < 0.1:  # rows that do not sum to one
                    row = [v * 0.5 for v in row]
                y_prob.append(row)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "y_prob values do not sum to one"
            expected = float(sk_log_loss(y_true, y_prob, labels=labels))
        got = log_loss(y_true, y_prob, labels)
        assert math.isclose(got, expected, rel_tol=1e-9, abs_tol=1e-9), (
            f"trial {trial}: scikit-learn gives {expected!r}, the reference {got!r} for "
            f"y_true={y_true}, y_prob={y_prob}, labels={labels}"
        )


def _edge(rng, v):
    """Now and then an exact 0 or 1, or a value closer to them than eps."""
    r = rng.random()
    if r < 0.05:
        return 0.0
    if r < 0.1:
        return 1.0
    if r < 0.13:
        return 1e-18
    return v
