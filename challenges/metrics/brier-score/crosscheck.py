"""The reference against scikit-learn's brier_score_loss(y_true, y_prob, sample_weight=...)."""

import math
import warnings

from sklearn.metrics import brier_score_loss


def crosscheck(brier_score, rng):
    for trial in range(400):
        n = int(rng.integers(1, 4)) if trial % 5 == 0 else int(rng.integers(1, 60))
        rate = [0.0, 0.1, 0.5, 0.9, 1.0][trial % 5]
        y_true = [int(v) for v in (rng.random(n) < rate)]
        if trial % 3 == 0:  # ties and the endpoints 0 and 1
            y_prob = [float(v) for v in rng.choice([0.0, 0.25, 0.5, 1.0], n)]
        else:
            y_prob = [float(v) for v in rng.random(n)]
        weights = None
        if trial % 2 == 1:
            weights = [float(v) for v in rng.choice([0.0, 1.0, 2.5, 7.0], n)]
            weights[int(rng.integers(0, n))] = float(rng.integers(1, 5))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a single class may warn; the value is defined
            expected = float(brier_score_loss(y_true, y_prob, sample_weight=weights,
                                              labels=[0, 1]))
        got = brier_score(y_true, y_prob, weights) if weights else brier_score(y_true, y_prob)
        assert math.isclose(got, expected, rel_tol=1e-9, abs_tol=1e-12), (
            f"trial {trial}: scikit-learn gives {expected!r}, the reference {got!r} for "
            f"y_true={y_true}, y_prob={y_prob}, sample_weight={weights}"
        )
