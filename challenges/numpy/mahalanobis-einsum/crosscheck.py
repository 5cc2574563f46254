"""The reference against scipy.spatial.distance.mahalanobis, one pair at a time."""

import numpy as np
from scipy.spatial.distance import mahalanobis as sp_mahalanobis


def _spd(rng, d):
    q, _ = np.linalg.qr(rng.normal(size=(d, d)))
    eig = 10.0 ** rng.uniform(-2, 2, size=d)
    m = (q * eig) @ q.T
    return (m + m.T) / 2


def crosscheck(mahalanobis, rng):
    for trial in range(300):
        n, k, d = int(rng.integers(0, 6)), int(rng.integers(1, 4)), int(rng.integers(1, 5))
        X = rng.normal(0, 3, size=(n, d))
        means = rng.normal(0, 3, size=(k, d))
        if n and trial % 4 == 0:
            X[0] = means[0]  # a point exactly at a mean
        shared = trial % 3 == 0
        covs = _spd(rng, d) if shared else np.stack([_spd(rng, d) for _ in range(k)])
        got = mahalanobis(X, means, covs)
        for i in range(n):
            for j in range(k):
                VI = np.linalg.inv(covs if shared else covs[j])
                expected = sp_mahalanobis(X[i], means[j], VI)
                assert np.isclose(got[i, j], expected, rtol=1e-8, atol=1e-9), (
                    f"trial {trial}: scipy gives {expected!r} for point {i} and component {j}, "
                    f"the reference {got[i, j]!r}; X={X!r}, means={means!r}, covs={covs!r}"
                )
