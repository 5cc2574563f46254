"""The reference against scikit-learn's GradientBoostingRegressor(max_depth=1) with squared
loss, with repeated values, constant features and the smallest sizes. scikit-learn visits the
features in a random order, so when two features give the same partition of the training
rows (common with few rows) it may pick either, and the statement picks the lower index: the
training predictions agree whichever is picked, so those are compared for every input, and
new rows only with one feature."""

import numpy as np
from sklearn.ensemble import GradientBoostingRegressor


def crosscheck(gradient_boost_stumps, rng):
    for trial in range(150):
        n = int(rng.integers(1, 4)) if trial % 5 == 0 else int(rng.integers(2, 80))
        d = int(rng.integers(1, 5))
        X = rng.normal(0, 2, (n, d))
        if trial % 4 == 0:
            X[:, 0] = np.round(X[:, 0] * 2) / 2  # repeated values in one feature
        if trial % 6 == 0:
            X[:, -1] = 1.5  # a constant feature
        y = np.sin(X[:, 0]) * rng.uniform(0.5, 5) + X[:, -1] + rng.normal(0, rng.uniform(0.01, 1), n)
        y = y * float(rng.choice([1.0, 1e3])) + float(rng.normal(0, 100))
        X_test = rng.normal(0, 2.5, (int(rng.integers(1, 8)), d)) if d == 1 else X
        n_estimators = int(rng.integers(1, 60))
        learning_rate = float(rng.choice([0.05, 0.1, 0.5, 1.0]))
        model = GradientBoostingRegressor(n_estimators=n_estimators, learning_rate=learning_rate, max_depth=1,
                                          random_state=0).fit(X, y)
        expected = model.predict(X_test)
        got = gradient_boost_stumps(X.copy(), y.copy(), X_test.copy(), n_estimators, learning_rate)
        assert np.allclose(got, expected, rtol=1e-7, atol=1e-9 * max(1.0, float(np.abs(y).max()))), (
            f"trial {trial}: n_estimators={n_estimators}, learning_rate={learning_rate}, X={X.tolist()}, "
            f"y={y.tolist()}, X_test={X_test.tolist()}: scikit-learn {expected.tolist()}, "
            f"the reference {got.tolist()}"
        )
