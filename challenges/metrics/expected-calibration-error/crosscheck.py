"""ECE assembled from scikit-learn's calibration_curve(y_true, y_prob, n_bins, "uniform").

calibration_curve returns, for the non-empty bins in order, the fraction of positives and the mean
probability; the bin sizes come from the same right-closed binning (np.histogram's counts differ
on the edges, so they are taken from scikit-learn's own rule).
"""

import math
import warnings

import numpy as np
from sklearn.calibration import calibration_curve


def crosscheck(expected_calibration_error, rng):
    for trial in range(400):
        n = int(rng.integers(1, 4)) if trial % 4 == 0 else int(rng.integers(1, 80))
        n_bins = int(rng.choice([1, 2, 3, 5, 7, 10, 20]))
        rate = [0.0, 0.3, 0.5, 1.0][trial % 4]
        y_prob = rng.random(n)
        if trial % 2 == 0:  # many values on edges, and ties
            y_prob = rng.integers(0, n_bins + 1, n) / n_bins
        y_true = (rng.random(n) < rate).astype(int)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            frac, conf = calibration_curve(y_true, y_prob, n_bins=n_bins, strategy="uniform")
        edges = np.linspace(0.0, 1.0, n_bins + 1)
        sizes = np.bincount(np.searchsorted(edges[1:-1], y_prob), minlength=n_bins)
        sizes = sizes[sizes > 0]
        assert len(sizes) == len(frac)
        expected = float(np.sum(sizes / n * np.abs(frac - conf)))
        got = expected_calibration_error(y_true.tolist(), y_prob.tolist(), n_bins)
        assert math.isclose(got, expected, rel_tol=1e-9, abs_tol=1e-12), (
            f"trial {trial}: from scikit-learn {expected!r}, the reference {got!r} for "
            f"y_true={y_true.tolist()}, y_prob={y_prob.tolist()}, n_bins={n_bins}"
        )
