"""The reference against SciPy's cdist(A, B, "euclidean"), which subtracts before squaring
(scikit-learn's euclidean_distances expands |a|^2 + |b|^2 - 2ab and cancels far from the origin)."""

import numpy as np
from scipy.spatial.distance import cdist


def crosscheck(pairwise_distances, rng):
    for trial in range(200):
        n, m, d = int(rng.integers(0, 30)), int(rng.integers(1, 30)), int(rng.integers(1, 9))
        centre = float(rng.choice([0.0, 100.0, -1e4, 1e8]))
        spread = float(rng.choice([1e-3, 1.0, 1e3]))
        A = centre + rng.uniform(-spread, spread, size=(n, d))
        B = centre + rng.uniform(-spread, spread, size=(m, d))
        if n and trial % 3 == 0:
            B[0] = A[0]  # an identical point: distance exactly 0
        expected = cdist(A, B, "euclidean")
        got = pairwise_distances(A.copy(), B.copy())
        assert got.dtype == np.float64 and got.shape == expected.shape, (
            f"trial {trial}: shape {got.shape} dtype {got.dtype}, expected {expected.shape} float64")
        assert np.allclose(got, expected, rtol=1e-6, atol=1e-6), (
            f"trial {trial}: centre {centre}, spread {spread}: largest difference from SciPy "
            f"{np.max(np.abs(got - expected))!r}")
