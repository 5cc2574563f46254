"""The reference against scikit-learn's learning_curve with cv=KFold(k) (no shuffle) and
accuracy, around a decision tree and a 1-nearest-neighbour classifier, both deterministic."""

import numpy as np
from sklearn.model_selection import KFold
from sklearn.model_selection import learning_curve as sk_learning_curve
from sklearn.neighbors import KNeighborsClassifier
from sklearn.tree import DecisionTreeClassifier


def crosscheck(learning_curve, rng):
    for trial in range(60):
        k = int(rng.integers(2, 6))
        n = int(rng.integers(k + 1, 50))
        d = int(rng.integers(1, 4))
        X = rng.normal(0, 1, (n, d))
        y = (X[:, 0] + rng.normal(0, 0.7, n) > 0).astype(int)
        if trial % 4 == 0:
            y = y * 0  # a single class
        if trial % 3 == 0:
            y = np.array(["no", "yes"])[y]
        largest = n - (n + k - 1) // k  # the smallest training part
        sizes = np.unique(rng.integers(1, largest + 1, int(rng.integers(1, 5))))
        estimator = DecisionTreeClassifier(random_state=0) if trial % 2 else KNeighborsClassifier(1)

        def fit_predict(X_train, y_train, X_eval, estimator=estimator):
            return estimator.fit(X_train, y_train).predict(X_eval)

        _, expected_train, expected_val = sk_learning_curve(
            estimator, X, y, train_sizes=sizes, cv=KFold(k), scoring="accuracy"
        )
        got_train, got_val = learning_curve(fit_predict, X.copy(), y.copy(), sizes.tolist(), k)
        for name, got, expected in (("train", got_train, expected_train), ("validation", got_val, expected_val)):
            assert got.shape == expected.shape and np.allclose(got, expected, rtol=1e-12, atol=1e-12), (
                f"trial {trial}: k={k}, sizes={sizes.tolist()}, X={X.tolist()}, y={y.tolist()}: {name} scores "
                f"scikit-learn {expected.tolist()}, the reference {got.tolist()}"
            )
