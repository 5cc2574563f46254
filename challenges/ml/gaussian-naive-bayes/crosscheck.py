"""The reference against scikit-learn's GaussianNB(var_smoothing).fit(X, y).predict_proba(X_test),
with single rows per class (variance 0 but for the smoothing), constant features, one class,
string labels, and scales from 1e-3 to 1e4; test rows lie near the training rows."""

import numpy as np
from sklearn.naive_bayes import GaussianNB


def crosscheck(gaussian_nb_proba, rng):
    for trial in range(300):
        n = int(rng.integers(2, 4)) if trial % 4 == 0 else int(rng.integers(2, 60))
        d = int(rng.integers(1, 6))
        k = 1 if trial % 10 == 0 else int(rng.integers(2, 5))
        y = rng.integers(0, k, n) * 5 - 3
        if trial % 3 == 0:
            y = np.array([f"c{v}" for v in y])
        scale = [1e-3, 1.0, 30.0, 1e4][trial % 4]
        X = rng.normal(0, 1, (n, d)) * scale + rng.normal(0, 2, d) * scale
        if trial % 5 == 0 and d > 1:
            X[:, 0] = 7.0  # a constant feature
        if np.var(X, axis=0).max() == 0:
            continue  # outside the statement: every feature constant
        # test rows near the data (a test value far out in a feature of tiny smoothed variance
        # gives joint log-likelihoods near -1e9, where both sides keep only about 7 digits)
        X_test = X[rng.integers(0, n, int(rng.integers(1, 6)))] + rng.normal(0, 1.5, (1, d)) * X.std(axis=0)
        var_smoothing = float(rng.choice([1e-9, 1e-6, 1e-2, 1.0]))
        expected = GaussianNB(var_smoothing=var_smoothing).fit(X, y).predict_proba(X_test)
        got = gaussian_nb_proba(X.copy(), y.copy(), X_test.copy(), var_smoothing)
        assert got.shape == expected.shape and np.allclose(got, expected, rtol=1e-7, atol=1e-9), (
            f"trial {trial}: var_smoothing={var_smoothing}, X={X.tolist()}, y={y.tolist()}, "
            f"X_test={X_test.tolist()}: scikit-learn {expected.tolist()}, the reference {got.tolist()}"
        )
