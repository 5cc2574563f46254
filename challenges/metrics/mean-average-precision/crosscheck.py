"""The reference against scikit-learn's label_ranking_average_precision_score."""

import math

from sklearn.metrics import label_ranking_average_precision_score as lrap


def crosscheck(mean_average_precision, rng):
    for trial in range(400):
        n = int(rng.integers(1, 3)) if trial % 4 == 0 else int(rng.integers(1, 20))
        items = int(rng.integers(1, 4)) if trial % 3 == 0 else int(rng.integers(1, 15))
        rate = [0.0, 0.2, 0.5, 1.0][trial % 4] if trial % 8 < 4 else float(rng.random())
        y_true = (rng.random((n, items)) < rate).astype(int)
        if trial % 2 == 0:  # heavy ties
            y_score = rng.integers(0, 3, (n, items)).astype(float)
        else:
            y_score = rng.normal(0, 1, (n, items))
        weights = None
        if trial % 3 == 1:
            weights = rng.choice([0.0, 1.0, 2.5], n)
            weights[int(rng.integers(0, n))] = 4.0
        expected = float(lrap(y_true, y_score, sample_weight=weights))
        if weights is None:
            got = mean_average_precision(y_true.tolist(), y_score.tolist())
        else:
            got = mean_average_precision(y_true.tolist(), y_score.tolist(), weights.tolist())
        assert math.isclose(got, expected, rel_tol=1e-9, abs_tol=1e-12), (
            f"trial {trial}: scikit-learn gives {expected!r}, the reference {got!r} for "
            f"y_true={y_true.tolist()}, y_score={y_score.tolist()}, sample_weight={weights}"
        )
