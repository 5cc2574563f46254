"""The reference against scikit-learn's OneVsRestClassifier(LogisticRegression()).

Both sides train the same logistic regression for each class against the rest and predict the
class with the highest decision function. scikit-learn fits a single model for two classes (and
thresholds it), and a logistic regression cannot be fitted on one class, so the comparison
uses three classes and more, where scikit-learn fits one model per class as the statement does;
the tests cover one and two classes."""

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier


def _logistic(X, t):
    return LogisticRegression(tol=1e-10, max_iter=5000).fit(X, t).decision_function


def crosscheck(one_vs_rest_predict, rng):
    for trial in range(120):
        k = int(rng.integers(3, 7))
        d = int(rng.integers(1, 5))
        n = int(rng.integers(k, 60))
        centres = rng.normal(0, 3, (k, d))
        y = rng.integers(0, k, n)
        y[:k] = np.arange(k)
        X = centres[y] + rng.normal(0, 1.5, (n, d))
        X_test = rng.normal(0, 4, (int(rng.integers(1, 30)), d))
        if trial % 3 == 0:
            y = np.array([f"class {v}" for v in y])
        expected = OneVsRestClassifier(LogisticRegression(tol=1e-10, max_iter=5000)).fit(X, y).predict(X_test)
        got = one_vs_rest_predict(_logistic, X.copy(), y.copy(), X_test.copy())
        assert got.shape == expected.shape and (got == expected).all(), (
            f"trial {trial}: X={X.tolist()}, y={y.tolist()}, X_test={X_test.tolist()}: "
            f"scikit-learn {expected.tolist()}, the reference {got.tolist()}"
        )
