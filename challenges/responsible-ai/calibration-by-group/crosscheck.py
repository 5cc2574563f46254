"""The reference against scikit-learn's calibration_curve(strategy="uniform"), group by group."""

import math

import numpy as np
from sklearn.calibration import calibration_curve


def crosscheck(calibration_by_group, rng):
    for trial in range(300):
        n = int(rng.integers(1, 4)) if trial % 5 == 0 else int(rng.integers(1, 120))
        n_bins = [1, 2, 3, 5, 10, 15, 50][trial % 7]
        k = int(rng.integers(1, 5))
        groups = [f"g{v}" for v in rng.integers(0, k, n)] if trial % 2 else [int(v) for v in rng.integers(-1, k, n)]
        probs = rng.random(n)
        if trial % 3 == 0:  # values on the bin edges, 0 and 1 included
            probs = rng.integers(0, n_bins + 1, n) / n_bins
        y_true = (rng.random(n) < probs).astype(int)
        if trial % 11 == 0:
            y_true[:] = y_true[0]  # one class only
        got = calibration_by_group(y_true.tolist(), probs.tolist(), groups, n_bins)
        eces = []
        for g in dict.fromkeys(groups):
            mask = np.array([h == g for h in groups])
            t, p = y_true[mask], probs[mask]
            prob_true, prob_pred = calibration_curve(t, p, n_bins=n_bins, strategy="uniform")
            mine = got["groups"][g]
            where = f"trial {trial}, group {g!r}: y_true={t.tolist()}, y_prob={p.tolist()}, n_bins={n_bins}"
            assert np.allclose(mine["prob_true"], prob_true, rtol=1e-12, atol=1e-12), f"{where}: prob_true {mine['prob_true']} vs {prob_true}"
            assert np.allclose(mine["prob_pred"], prob_pred, rtol=1e-12, atol=1e-12), f"{where}: prob_pred {mine['prob_pred']} vs {prob_pred}"
            ece = float(np.sum(np.asarray(mine["count"]) / len(t) * np.abs(prob_true - prob_pred)))
            assert sum(mine["count"]) == len(t) == mine["n"], f"{where}: counts {mine['count']}"
            assert math.isclose(mine["ece"], ece, rel_tol=1e-9, abs_tol=1e-12), f"{where}: ece {mine['ece']} vs {ece}"
            eces.append(ece)
        assert set(got["groups"]) == set(groups), f"trial {trial}: groups {sorted(got['groups'], key=str)}"
        assert math.isclose(got["ece_gap"], max(eces) - min(eces), abs_tol=1e-12), f"trial {trial}: ece_gap"
