"""The reference against scikit-learn: GridSearchCV(Ridge(), {"alpha": alphas}, cv=KFold(n_inner))
evaluated by cross_validate over KFold(n_outer, shuffle=True, random_state=seed) with R² (the
outer scores, the chosen alphas), and GridSearchCV with the outer folds as cv for the
non-nested score (best_score_)."""

import math

import numpy as np
from sklearn.linear_model import Ridge
from sklearn.model_selection import GridSearchCV, KFold, cross_validate


def crosscheck(nested_cv, rng):
    for trial in range(25):
        n = int(rng.integers(12, 60))
        d = int(rng.integers(1, 6))
        X = rng.normal(0, 1, (n, d)) * rng.uniform(0.1, 10, d)
        y = X @ rng.normal(0, 1, d) + rng.normal(0, rng.uniform(0.1, 3), n)
        alphas = sorted({float(a) for a in 10.0 ** rng.integers(-3, 4, 4)})
        n_outer, n_inner, seed = int(rng.integers(2, 6)), int(rng.integers(2, 4)), int(rng.integers(0, 1000))
        got = nested_cv(X, y, alphas, n_outer, n_inner, seed)
        outer = KFold(n_outer, shuffle=True, random_state=seed)
        search = GridSearchCV(Ridge(), {"alpha": alphas}, cv=KFold(n_inner))
        res = cross_validate(search, X, y, cv=outer, scoring="r2", return_estimator=True)
        where = f"trial {trial}: n={n}, d={d}, alphas={alphas}, n_outer={n_outer}, n_inner={n_inner}, seed={seed}"
        chosen = [est.best_params_["alpha"] for est in res["estimator"]]
        assert got["best_alphas"] == chosen, f"{where}: scikit-learn chose {chosen}, the reference {got['best_alphas']}"
        assert np.allclose(got["outer_scores"], res["test_score"], rtol=1e-7, atol=1e-9), (
            f"{where}: outer scores {res['test_score'].tolist()} vs {got['outer_scores']}")
        flat = GridSearchCV(Ridge(), {"alpha": alphas}, cv=outer).fit(X, y)
        assert math.isclose(got["non_nested_score"], flat.best_score_, rel_tol=1e-7, abs_tol=1e-9), (
            f"{where}: non-nested {flat.best_score_!r}, the reference {got['non_nested_score']!r}")
