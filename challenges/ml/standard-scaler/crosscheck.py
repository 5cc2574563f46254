"""The reference against scikit-learn's StandardScaler (fit on train, transform train and test)."""

import numpy as np
from sklearn.preprocessing import StandardScaler


def crosscheck(standard_scale, rng):
    for trial in range(300):
        n, m, d = int(rng.integers(1, 40)), int(rng.integers(0, 15)), int(rng.integers(1, 6))
        kind = trial % 3
        if kind == 0:
            X_train = rng.normal(rng.normal(0, 10), rng.uniform(0.1, 50), size=(n, d))
            X_test = rng.normal(0, 20, size=(m, d))
        else:  # small integers: constant columns and exact ties happen often
            X_train = rng.integers(-3, 4, size=(n, d)).astype(np.float64)
            X_test = rng.integers(-5, 6, size=(m, d)).astype(np.float64)
        if kind == 2:
            const = rng.random(d) < 0.4
            X_train[:, const] = rng.integers(-5, 5)
            mask = rng.random((n, d)) < 0.2
            mask[0] = False  # every column keeps a non-NaN training value
            X_train[mask] = np.nan
            X_test[rng.random((m, d)) < 0.2] = np.nan
        scaler = StandardScaler().fit(X_train)
        expected = (scaler.transform(X_train), scaler.transform(X_test))
        got = standard_scale(X_train.copy(), X_test.copy())
        for part, e, g in zip(("train", "test"), expected, got):
            assert g.shape == e.shape and np.allclose(g, e, rtol=1e-9, atol=1e-9, equal_nan=True), (
                f"trial {trial}: {part} part differs from scikit-learn for X_train={X_train.tolist()}, "
                f"X_test={X_test.tolist()}: sklearn {e.tolist()}, reference {g.tolist()}"
            )
