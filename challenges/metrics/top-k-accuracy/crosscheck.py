"""The reference against scikit-learn's top_k_accuracy_score(y_true, y_score, k=k, labels=...)."""

import math
import warnings

from sklearn.metrics import top_k_accuracy_score

def crosscheck(top_k_accuracy, rng):
    checked = 0
    for trial in range(500):
        n = int(rng.integers(1, 4)) if trial % 4 == 0 else int(rng.integers(1, 40))
        c = int(rng.integers(3, 7))
        y_true = [int(v) for v in rng.integers(0, c, n)]
        if trial % 5 == 0:  # a single class
            y_true = [y_true[0]] * n
        if trial % 2 == 0:  # heavy ties
            y_score = rng.choice([0.0, 0.5, 1.0], (n, c))
        else:
            y_score = rng.normal(0, 1, (n, c))
        k = int(rng.integers(1, c + 2))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # k >= C warns; the answer is 1.0
            try:
                expected = float(top_k_accuracy_score(y_true, y_score, k=k, labels=list(range(c))))
            except ValueError:
                continue  # scikit-learn reads a 2-label y_true as binary and refuses 2-D scores
        got = top_k_accuracy(y_true, y_score.tolist(), k)
        assert math.isclose(got, expected, abs_tol=1e-12), (
            f"trial {trial}: scikit-learn gives {expected!r}, the reference {got!r} for "
            f"y_true={y_true}, y_score={y_score.tolist()}, k={k}"
        )
        checked += 1
    assert checked >= 300, f"only {checked} inputs were comparable"
