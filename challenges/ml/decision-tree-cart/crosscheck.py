"""The reference against scikit-learn's DecisionTreeClassifier(criterion="gini").

scikit-learn visits the features in a random order and keeps the first best split it meets, so
when two features tie with different partitions it may pick either, where the statement picks
the lower index. Inputs with one feature (any repeated values) are compared on new rows. With
several features, two features often cut the training rows of a small node the same way (the
same partition, different test predictions), so the training rows themselves are predicted,
which agree whichever feature is picked; the few inputs where scikit-learn's own random_state
still changes its answer (a tie between different partitions) are skipped as ambiguous."""

import numpy as np
from sklearn.tree import DecisionTreeClassifier


def _sklearn(X, y, X_test, max_depth, min_samples_split, seed):
    model = DecisionTreeClassifier(max_depth=max_depth, min_samples_split=min_samples_split, random_state=seed)
    return model.fit(X, y).predict(X_test)


def crosscheck(decision_tree_predict, rng):
    compared = 0
    for trial in range(300):
        n = int(rng.integers(1, 4)) if trial % 6 == 0 else int(rng.integers(2, 90))
        d = 1 if trial % 3 == 0 else int(rng.integers(2, 5))
        k = 1 if trial % 11 == 0 else int(rng.integers(2, 5))
        X = rng.normal(0, 3, (n, d))
        if d == 1:
            X = np.round(X)  # repeated values
        y = (np.floor(X[:, 0]) + (X[:, -1] > 0.5) + rng.integers(0, 2, n)).astype(int) % k
        if trial % 4 == 0:
            y = np.array([f"c{v}" for v in y])
        X_test = np.round(rng.normal(0, 3.5, (int(rng.integers(1, 30)), d)) * 2) / 2 if d == 1 else X
        max_depth = [None, 1, 2, 3, 6][trial % 5]
        min_samples_split = int(rng.choice([2, 2, 3, 5, 10]))
        expected = _sklearn(X, y, X_test, max_depth, min_samples_split, 0)
        if d > 1 and any((_sklearn(X, y, X_test, max_depth, min_samples_split, s) != expected).any()
                         for s in range(1, 8)):
            continue  # scikit-learn's answer depends on its feature order: a tie between features
        compared += 1
        got = decision_tree_predict(X.copy(), y.copy(), X_test.copy(), max_depth, min_samples_split)
        assert got.shape == expected.shape and (got == expected).all(), (
            f"trial {trial}: max_depth={max_depth}, min_samples_split={min_samples_split}, X={X.tolist()}, "
            f"y={y.tolist()}, X_test={X_test.tolist()}: scikit-learn {expected.tolist()}, "
            f"the reference {got.tolist()}"
        )
    assert compared >= 250, f"only {compared} inputs compared"
