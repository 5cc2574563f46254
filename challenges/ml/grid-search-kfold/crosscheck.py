"""The reference against scikit-learn's GridSearchCV(KNeighborsClassifier(), {"n_neighbors": ...},
cv=KFold(k), scoring="accuracy"): the same folds, the same fits (scikit-learn's own k-NN is
passed in), so the mean scores and the chosen value must agree, ties to the first value."""

import numpy as np
from sklearn.model_selection import GridSearchCV, KFold
from sklearn.neighbors import KNeighborsClassifier


def crosscheck(grid_search_cv, rng):
    for trial in range(60):
        k = int(rng.integers(2, 6))
        n = int(rng.integers(k + 3, 60))
        d = int(rng.integers(1, 4))
        X = rng.normal(0, 1, (n, d))
        y = (X[:, 0] + rng.normal(0, 0.8, n) > 0).astype(int)
        if trial % 5 == 0:
            y = np.zeros(n, dtype=int)  # a single class: every value ties
        if trial % 3 == 0:
            y = np.array(["neg", "pos"])[y]
        smallest_train = n - (n + k - 1) // k
        values = sorted({int(v) for v in rng.integers(1, smallest_train + 1, int(rng.integers(1, 6)))})

        def fit_predict(X_train, y_train, X_eval, n_neighbors):
            return KNeighborsClassifier(n_neighbors=n_neighbors).fit(X_train, y_train).predict(X_eval)

        search = GridSearchCV(KNeighborsClassifier(), {"n_neighbors": values}, cv=KFold(k), scoring="accuracy")
        search.fit(X, y)
        expected_scores = search.cv_results_["mean_test_score"]
        best, scores = grid_search_cv(fit_predict, X.copy(), y.copy(), values, k)
        assert np.allclose(scores, expected_scores, rtol=1e-12, atol=1e-12), (
            f"trial {trial}: k={k}, values={values}, X={X.tolist()}, y={y.tolist()}: mean scores "
            f"scikit-learn {expected_scores.tolist()}, the reference {scores.tolist()}"
        )
        assert best == search.best_params_["n_neighbors"], (
            f"trial {trial}: k={k}, values={values}, scores={scores.tolist()}: scikit-learn chose "
            f"{search.best_params_['n_neighbors']}, the reference {best}"
        )
