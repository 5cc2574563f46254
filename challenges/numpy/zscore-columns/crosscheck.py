"""The reference against scikit-learn's StandardScaler (population std, NaN ignored in fit and
kept in transform, constant columns scaled by 1 so they become 0)."""

import numpy as np
from sklearn.preprocessing import StandardScaler


def crosscheck(zscore_columns, rng):
    for trial in range(200):
        n, d = int(rng.integers(2, 40)), int(rng.integers(1, 6))
        X = rng.normal(rng.normal(0, 10), float(rng.choice([1e-3, 1.0, 1e4])), size=(n, d))
        if trial % 3 == 0:
            X[rng.random(X.shape) < 0.15] = np.nan
            X[0, :] = np.where(np.isnan(X).all(axis=0), 1.0, X[0, :])  # no all-NaN column
        if trial % 4 == 0:
            X[:, 0] = 2.5  # a constant column
        expected = StandardScaler().fit_transform(X)
        got = zscore_columns(X.copy())
        assert got.dtype == np.float64 and got.shape == X.shape, (
            f"trial {trial}: shape {got.shape} dtype {got.dtype}")
        assert np.allclose(got, expected, rtol=1e-7, atol=1e-9, equal_nan=True), (
            f"trial {trial}: largest difference from scikit-learn "
            f"{np.nanmax(np.abs(got - expected))!r}")
