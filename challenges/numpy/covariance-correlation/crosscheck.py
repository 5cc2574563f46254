"""The reference against np.cov and np.corrcoef (rowvar=False)."""

import warnings

import numpy as np


def crosscheck(cov_corr, rng):
    for trial in range(400):
        n = int(rng.integers(2, 5)) if trial % 4 == 0 else int(rng.integers(2, 60))
        d = int(rng.integers(1, 6))
        X = rng.normal(0, 10.0 ** rng.uniform(-3, 3), size=(n, d))
        if trial % 3 == 0:
            X[:, 0] = X[:, -1] * -2.5 + 1.0  # perfectly correlated columns
        if trial % 5 == 0:
            X[:, int(rng.integers(0, d))] = float(rng.integers(-5, 5))  # constant, exact mean
        if trial % 7 == 0:
            X = np.round(X)  # ties
        ddof = int(trial % 2)
        cov, corr = cov_corr(X, ddof)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with np.errstate(all="ignore"):
                exp_cov = np.atleast_2d(np.cov(X, rowvar=False, ddof=ddof))
                exp_corr = np.atleast_2d(np.corrcoef(X, rowvar=False))
        assert np.allclose(cov, exp_cov, rtol=1e-9, atol=1e-12), (
            f"trial {trial}: np.cov gives {exp_cov!r}, the reference {cov!r} for X={X!r}, ddof={ddof}")
        assert np.allclose(corr, exp_corr, rtol=1e-9, atol=1e-12, equal_nan=True), (
            f"trial {trial}: np.corrcoef gives {exp_corr!r}, the reference {corr!r} for X={X!r}")
