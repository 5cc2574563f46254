"""The reference against scikit-learn's Ridge, one problem at a time."""

import warnings

import numpy as np
from sklearn.linear_model import Ridge


def crosscheck(batched_ridge, rng):
    for trial in range(150):
        B = int(rng.integers(1, 5))
        n = int(rng.integers(2, 12))
        d = int(rng.integers(1, 5))
        X = rng.normal(0, 2, size=(B, n, d)) + rng.normal(0, 5, size=(B, 1, d))
        y = rng.normal(0, 3, size=(B, n))
        lam = rng.uniform(0.01, 10, size=B) if trial % 2 else float(rng.uniform(0.01, 10))
        fit_intercept = trial % 3 != 0
        W, c = batched_ridge(X, y, lam, fit_intercept)
        for b in range(B):
            alpha = float(np.broadcast_to(lam, (B,))[b])
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                model = Ridge(alpha=alpha, fit_intercept=fit_intercept, solver="cholesky").fit(X[b], y[b])
            assert np.allclose(W[b], model.coef_, rtol=1e-8, atol=1e-10) and np.isclose(
                c[b], model.intercept_, rtol=1e-8, atol=1e-10), (
                f"trial {trial}, problem {b}: scikit-learn gives coef {model.coef_!r}, intercept "
                f"{model.intercept_!r}; the reference {W[b]!r}, {c[b]!r} (lam={alpha}, "
                f"fit_intercept={fit_intercept})")
