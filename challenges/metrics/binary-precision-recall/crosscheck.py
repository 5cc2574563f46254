"""The reference against scikit-learn's precision_recall_fscore_support for one positive label."""

import math
import warnings

from sklearn.metrics import precision_recall_fscore_support


def _same(a, b):
    return (math.isnan(a) and math.isnan(b)) or math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)


def crosscheck(precision_recall_f1, rng):
    pools = [[0, 1], [0, 1, 2], ["ham", "spam", "eggs"], [False, True], [-1, 1]]
    for trial in range(500):
        pool = pools[trial % len(pools)]
        n = int(rng.integers(1, 40))
        # often very few positives, so every zero-division branch is reached
        skew = rng.random()
        y_true = [pool[i] for i in rng.choice(len(pool), n, p=_weights(len(pool), skew))]
        y_pred = [pool[i] for i in rng.choice(len(pool), n, p=_weights(len(pool), rng.random()))]
        pos_label = pool[int(rng.integers(0, len(pool)))]
        zero_division = [0.0, 1.0, math.nan][trial % 3]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            p, r, f, _ = precision_recall_fscore_support(
                y_true, y_pred, labels=[pos_label], average=None, zero_division=zero_division)
        expected = (float(p[0]), float(r[0]), float(f[0]))
        got = precision_recall_f1(y_true, y_pred, pos_label, zero_division)
        assert all(_same(g, e) for g, e in zip(got, expected)), (
            f"trial {trial}: scikit-learn gives {expected}, the reference {got} for "
            f"y_true={y_true}, y_pred={y_pred}, pos_label={pos_label!r}, "
            f"zero_division={zero_division}"
        )


def _weights(k, skew):
    """Probabilities for k labels, the first label taking `skew` of the mass."""
    rest = (1 - skew) / (k - 1)
    return [skew] + [rest] * (k - 1)
