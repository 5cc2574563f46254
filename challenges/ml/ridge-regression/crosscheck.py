"""The reference against scikit-learn's Ridge(alpha, fit_intercept=True) and LinearRegression,
and, for a tiny alpha, against the minimiser in exact rational arithmetic (there scikit-learn's
svd solver keeps singular values above an absolute 1e-15, so an exactly duplicated column can
get two different weights)."""

import warnings
from fractions import Fraction

import numpy as np
from sklearn.linear_model import LinearRegression, Ridge


def _exact(X, y, alpha):
    X = [[Fraction(float(v)) for v in row] for row in X]
    y = [Fraction(float(v)) for v in y]
    n, d = len(X), len(X[0])
    x_mean = [sum(row[j] for row in X) / n for j in range(d)]
    y_mean = sum(y) / n
    Xc = [[row[j] - x_mean[j] for j in range(d)] for row in X]
    yc = [v - y_mean for v in y]
    M = [[sum(r[i] * r[j] for r in Xc) + (Fraction(alpha) if i == j else 0) for j in range(d)]
         + [sum(r[i] * t for r, t in zip(Xc, yc))] for i in range(d)]
    for c in range(d):
        for i in range(d):
            if i != c and M[i][c]:
                f = M[i][c] / M[c][c]
                M[i] = [a - f * p for a, p in zip(M[i], M[c])]
    w = [M[i][d] / M[i][i] for i in range(d)]
    return np.array([float(v) for v in w]), float(y_mean - sum(m * v for m, v in zip(x_mean, w)))


class _Exact:
    def __init__(self, X, y, alpha):
        self.coef_, self.intercept_ = _exact(X, y, alpha)


def crosscheck(ridge_fit, rng):
    for trial in range(300):
        n, d = int(rng.integers(1, 60)), int(rng.integers(1, 8))
        alpha = float(rng.choice([0.0, 1e-12, 1e-8, 1e-3, 0.1, 1.0, 10.0, 1e3]))
        if alpha == 0.0:
            n = max(n, d + 2)
        X = rng.normal(rng.normal(0, 5), rng.uniform(0.5, 5), size=(n, d))
        if alpha > 0 and d > 1 and trial % 4 == 0:
            X[:, 1] = X[:, 0]  # a duplicated column: only ridge has a unique answer
        if alpha > 0 and trial % 7 == 0:
            X = rng.normal(0, 2, size=(int(rng.integers(1, 5)), int(rng.integers(5, 15))))
            n, d = X.shape  # more features than rows
        y = X @ rng.normal(0, 3, size=d) + rng.normal(0, 10) + rng.normal(0, 1, size=n)
        if 0 < alpha < 1e-6:
            model = _Exact(X, y, alpha)
        elif alpha == 0.0:
            model = LinearRegression().fit(X, y)
        else:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                model = Ridge(alpha=alpha, fit_intercept=True, solver="svd").fit(X, y)
        w, b = ridge_fit(X.copy(), y.copy(), alpha)
        ok = np.allclose(w, model.coef_, rtol=1e-6, atol=1e-6) and np.isclose(
            b, model.intercept_, rtol=1e-6, atol=1e-6)
        assert ok, (
            f"trial {trial}: alpha={alpha}, n={n}, d={d}: the ground truth is w={model.coef_.tolist()}, "
            f"b={model.intercept_!r}; the reference w={np.asarray(w).tolist()}, b={b!r}"
        )
