"""The reference against scikit-learn's DBSCAN(eps, min_samples).fit(X).labels_: the same
labels, in the same order (clusters numbered as they are found, border points to the first)."""

import numpy as np
from sklearn.cluster import DBSCAN


def crosscheck(dbscan, rng):
    for trial in range(400):
        d = int(rng.integers(1, 4))
        n = int(rng.integers(1, 4)) if trial % 5 == 0 else int(rng.integers(1, 80))
        centres = rng.uniform(-5, 5, size=(int(rng.integers(1, 5)), d))
        X = centres[rng.integers(0, len(centres), n)] + rng.normal(0, rng.uniform(0.1, 1.5), (n, d))
        if trial % 4 == 0:
            X = np.round(X * 2) / 2  # a grid: exact ties at distance eps, duplicate points
        eps = float(rng.choice([0.25, 0.5, 1.0, 1.5, 3.0]))
        min_samples = int(rng.integers(1, 9))
        expected = DBSCAN(eps=eps, min_samples=min_samples).fit(X).labels_
        got = dbscan(X.copy(), eps, min_samples)
        assert np.array_equal(got, expected), (
            f"trial {trial}: eps={eps}, min_samples={min_samples}, X={X.tolist()}: scikit-learn "
            f"{expected.tolist()}, the reference {got.tolist()}"
        )
