"""The reference against scikit-learn's StandardScaler(with_std=...).fit(X_train), applied to
both sets (scikit-learn also ignores NaN when fitting and passes it through)."""

import warnings

import numpy as np
from sklearn.preprocessing import StandardScaler


def crosscheck(scale_train_test, rng):
    for trial in range(400):
        n = int(rng.integers(1, 4)) if trial % 4 == 0 else int(rng.integers(1, 60))
        d = int(rng.integers(1, 6))
        X_train = rng.normal(rng.normal(0, 100, d), rng.uniform(0.01, 10, d), (n, d))
        X_test = rng.normal(0, 50, (int(rng.integers(0, 6)), d))
        if trial % 3 == 0:
            X_train[rng.random(X_train.shape) < 0.25] = np.nan
            X_test[rng.random(X_test.shape) < 0.25] = np.nan
        if trial % 5 == 0:
            X_train[:, 0] = float(rng.integers(-5, 5))  # an exactly constant column
        if trial % 7 == 0:
            X_train = np.round(X_train)  # ties and integer values
        with_std = bool(trial % 6)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            scaler = StandardScaler(with_std=with_std).fit(X_train)
            expected = scaler.transform(X_train), (
                scaler.transform(X_test) if len(X_test) else np.zeros((0, d)))
        got = scale_train_test(X_train.copy(), X_test.copy(), with_std)
        for name, a, b in zip(("train", "test"), got, expected):
            assert a.shape == b.shape and np.allclose(a, b, rtol=1e-9, atol=1e-9, equal_nan=True), (
                f"trial {trial}: with_std={with_std}, X_train={X_train.tolist()}, "
                f"X_test={X_test.tolist()}: {name}: scikit-learn {b.tolist()}, the reference {a.tolist()}"
            )
