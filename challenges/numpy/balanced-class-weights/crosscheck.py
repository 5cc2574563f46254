"""The reference against scikit-learn's compute_class_weight and compute_sample_weight('balanced')."""

import numpy as np
from sklearn.utils.class_weight import compute_class_weight, compute_sample_weight


def crosscheck(balanced_class_weights, rng):
    for trial in range(300):
        n = int(rng.integers(1, 4)) if trial % 5 == 0 else int(rng.integers(1, 80))
        k = int(rng.integers(1, 6))
        p = rng.dirichlet(np.ones(k) * (0.3 if trial % 2 else 3.0))
        y = rng.choice(k, size=n, p=p)
        if trial % 3 == 1:
            y = np.array([f"class_{v}" for v in y])
        elif trial % 3 == 2:
            y = y * 7 - 10  # negative and sparse integer labels
        classes, cw, sw = balanced_class_weights(y)
        expected_classes = np.unique(y)
        expected_cw = compute_class_weight("balanced", classes=expected_classes, y=y)
        expected_sw = compute_sample_weight("balanced", y)
        assert np.array_equal(classes, expected_classes), f"trial {trial}: classes {classes!r} for y={y!r}"
        assert np.allclose(cw, expected_cw, rtol=1e-12, atol=0), (
            f"trial {trial}: scikit-learn's class weights are {expected_cw!r}, the reference's {cw!r} for y={y!r}")
        assert np.allclose(sw, expected_sw, rtol=1e-12, atol=0), (
            f"trial {trial}: scikit-learn's sample weights are {expected_sw!r}, the reference's {sw!r} for y={y!r}")
