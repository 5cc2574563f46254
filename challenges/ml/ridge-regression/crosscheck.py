"""The reference against scikit-learn's Ridge(alpha, fit_intercept=True) and LinearRegression."""

import warnings

import numpy as np
from sklearn.linear_model import LinearRegression, Ridge


def crosscheck(ridge_fit, rng):
    for trial in range(300):
        n, d = int(rng.integers(1, 60)), int(rng.integers(1, 8))
        alpha = float(rng.choice([0.0, 1e-3, 0.1, 1.0, 10.0, 1e3]))
        if alpha == 0.0:
            n = max(n, d + 2)
        X = rng.normal(rng.normal(0, 5), rng.uniform(0.5, 5), size=(n, d))
        if alpha > 0 and d > 1 and trial % 4 == 0:
            X[:, 1] = X[:, 0]  # a duplicated column: only ridge has a unique answer
        y = X @ rng.normal(0, 3, size=d) + rng.normal(0, 10) + rng.normal(0, 1, size=n)
        if alpha == 0.0:
            model = LinearRegression().fit(X, y)
        else:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                model = Ridge(alpha=alpha, fit_intercept=True, solver="svd").fit(X, y)
        w, b = ridge_fit(X.copy(), y.copy(), alpha)
        ok = np.allclose(w, model.coef_, rtol=1e-6, atol=1e-6) and np.isclose(
            b, model.intercept_, rtol=1e-6, atol=1e-6)
        assert ok, (
            f"trial {trial}: alpha={alpha}, n={n}, d={d}: scikit-learn gives w={model.coef_.tolist()}, "
            f"b={model.intercept_!r}; the reference w={np.asarray(w).tolist()}, b={b!r}"
        )
