"""The reference against scikit-learn's Lasso(alpha, fit_intercept=True) run to a tight
tolerance (and LinearRegression for alpha = 0, which Lasso advises against)."""

import numpy as np
from sklearn.linear_model import Lasso, LinearRegression


def crosscheck(lasso_fit, rng):
    for trial in range(250):
        n, d = int(rng.integers(1, 50)), int(rng.integers(1, 7))
        alpha_share = float(rng.choice([0.0, 0.001, 0.05, 0.3, 0.8, 1.0, 2.0]))
        if alpha_share == 0.0 or trial % 3 == 0:
            n = max(n, d + 2)  # a unique least-squares answer
        X = rng.normal(rng.normal(0, 5, d), rng.uniform(0.5, 3, d), size=(n, d))
        if trial % 8 == 0:
            X = np.round(X)  # ties and integer values
        truth = rng.normal(0, 2, d) * (rng.random(d) < 0.6)
        noise = float(rng.choice([0.0, 0.5, 3.0]))
        if noise == 0.0 and not truth.any():
            continue  # a constant y: every weight is 0 up to rounding in either solver
        y = X @ truth + rng.normal(0, 10) + rng.normal(0, noise, n)
        Xc, yc = X - X.mean(axis=0), y - y.mean()
        alpha = alpha_share * float(np.max(np.abs(Xc.T @ yc))) / n
        if alpha == 0.0:
            if np.linalg.matrix_rank(Xc) < d:
                continue
            model = LinearRegression().fit(X, y)
        else:
            if n <= d:
                continue  # the minimiser may not be unique
            model = Lasso(alpha=alpha, tol=1e-15, max_iter=1_000_000).fit(X, y)
        w, b = lasso_fit(X.copy(), y.copy(), alpha)
        scale = float(np.max(np.abs(model.coef_))) or 1.0
        ok = np.allclose(w, model.coef_, rtol=1e-6, atol=1e-6 * scale) and np.isclose(
            b, model.intercept_, rtol=1e-6, atol=1e-6 * max(float(np.max(np.abs(y))), 1e-300))
        assert ok, (
            f"trial {trial}: alpha={alpha}, X={X.tolist()}, y={y.tolist()}: scikit-learn "
            f"w={model.coef_.tolist()}, b={model.intercept_!r}; the reference w={w.tolist()}, b={b!r}"
        )
