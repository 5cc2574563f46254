"""The reference against scikit-learn's silhouette_score(X, labels) (Euclidean).

scikit-learn raises ValueError for fewer than 2 labels or one label per sample, where the drill
returns NaN; those inputs are checked for NaN. Coordinates stay in the ordinary range, where
scikit-learn's |x|² + |y|² − 2xy distances are accurate (the extremes are pinned in tests.py).
"""

import math

import numpy as np
from sklearn.metrics import silhouette_score as sk_silhouette


def crosscheck(silhouette_score, rng):
    for trial in range(400):
        n = int(rng.integers(1, 5)) if trial % 4 == 0 else int(rng.integers(2, 40))
        d = int(rng.integers(1, 4))
        k = int(rng.integers(1, min(n, 6) + 1))
        labels = rng.integers(0, k, n)
        if trial % 2 == 0:  # duplicates and ties on a small grid
            X = rng.integers(0, 3, (n, d)).astype(float)
        else:
            X = rng.normal(0, 1, (n, d)) + labels[:, None] * float(rng.choice([0.5, 3.0]))
        if trial % 7 == 0:
            labels = np.array([f"c{v}" for v in labels])
        got = silhouette_score(X.tolist(), labels.tolist())
        distinct = len(set(labels.tolist()))
        if distinct < 2 or distinct == n:
            assert math.isnan(got), f"trial {trial}: expected nan, got {got!r} for {X.tolist()}, {labels.tolist()}"
            continue
        expected = float(sk_silhouette(X, labels))
        assert math.isclose(got, expected, rel_tol=1e-9, abs_tol=1e-9), (
            f"trial {trial}: scikit-learn gives {expected!r}, the reference {got!r} for "
            f"X={X.tolist()}, labels={labels.tolist()}"
        )
