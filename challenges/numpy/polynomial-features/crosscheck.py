"""The reference against scikit-learn's PolynomialFeatures(degree=2)."""

import numpy as np
from sklearn.preprocessing import PolynomialFeatures


def crosscheck(poly2_features, rng):
    for trial in range(300):
        n = int(rng.integers(0, 4)) if trial % 5 == 0 else int(rng.integers(1, 30))
        d = int(rng.integers(1, 7))
        X = rng.normal(0, 10.0 ** rng.uniform(-3, 3), size=(n, d))
        if trial % 4 == 0:
            X = np.round(X)
        interaction_only, include_bias = bool(trial % 2), bool((trial // 2) % 2)
        got = poly2_features(X, interaction_only, include_bias)
        model = PolynomialFeatures(degree=2, interaction_only=interaction_only, include_bias=include_bias)
        n_out = model.fit(np.zeros((1, d))).n_output_features_
        expected = model.transform(X) if n else np.zeros((0, n_out))
        assert got.shape == expected.shape and np.allclose(got, expected, rtol=1e-12, atol=0), (
            f"trial {trial}: scikit-learn gives {expected!r}, the reference {got!r} for X={X!r}, "
            f"interaction_only={interaction_only}, include_bias={include_bias}")
