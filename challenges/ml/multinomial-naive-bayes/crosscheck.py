"""The reference against scikit-learn's MultinomialNB(alpha).fit(X, y).predict_proba(X_test)."""

import numpy as np
from sklearn.naive_bayes import MultinomialNB


def crosscheck(multinomial_nb_proba, rng):
    for trial in range(400):
        n = int(rng.integers(1, 4)) if trial % 4 == 0 else int(rng.integers(1, 60))
        d = int(rng.integers(1, 10))
        k = 1 if trial % 10 == 0 else int(rng.integers(1, 5))
        y = rng.integers(0, k, n) * 3 - 2  # labels -2, 1, 4, 7
        if trial % 3 == 0:
            y = np.array([f"c{v}" for v in y])
        scale = [0.3, 3.0, 100.0, 1e5][trial % 4]
        X = rng.poisson(rng.gamma(0.7, scale, size=d), size=(n, d)).astype(float)
        if trial % 5 == 0:
            X = X * rng.uniform(0, 1, size=X.shape)  # float counts
        X_test = rng.poisson(scale, size=(int(rng.integers(1, 6)), d))
        alpha = float(rng.choice([1e-10, 1e-3, 0.5, 1.0, 7.0, 100.0]))
        expected = MultinomialNB(alpha=alpha).fit(X, y).predict_proba(X_test)
        got = multinomial_nb_proba(X.copy(), y.copy(), X_test.copy(), alpha)
        assert got.shape == expected.shape and np.allclose(got, expected, rtol=1e-7, atol=1e-9), (
            f"trial {trial}: alpha={alpha}, X={X.tolist()}, y={y.tolist()}, X_test={X_test.tolist()}: "
            f"scikit-learn {expected.tolist()}, the reference {got.tolist()}"
        )
