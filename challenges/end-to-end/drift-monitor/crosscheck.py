"""The reference's KS statistics against scipy.stats.ks_2samp on random samples (with ties,
missing values and different sizes). PSI has no library reference: tests.py grades it against a
loop-by-loop implementation of the statement instead."""

import math

import numpy as np
import pandas as pd
from scipy.stats import ks_2samp


def crosscheck(drift_report, rng):
    for trial in range(300):
        n, m = int(rng.integers(1, 80)), int(rng.integers(1, 80))
        if trial % 3 == 0:  # discrete values: many ties across the two samples
            ref = rng.integers(0, 5, size=n).astype(float)
            cur = rng.integers(0, 6, size=m).astype(float)
        else:
            ref = rng.normal(0, 1, size=n)
            cur = rng.normal(rng.normal(0, 0.5), rng.uniform(0.5, 2), size=m)
        ref_col = ref.copy()
        ref_col[rng.random(n) < 0.1] = np.nan
        cur_col = cur.copy()
        cur_col[rng.random(m) < 0.1] = np.nan
        if np.isnan(ref_col).all() or np.isnan(cur_col).all():
            continue
        report = drift_report(pd.DataFrame({"f": ref_col}), pd.DataFrame({"f": cur_col}),
                              n_bins=int(rng.integers(2, 12)))
        got = report["features"]["f"]["ks"]
        want = ks_2samp(ref_col[~np.isnan(ref_col)], cur_col[~np.isnan(cur_col)]).statistic
        assert math.isclose(got, want, rel_tol=1e-12, abs_tol=1e-12), (
            f"trial {trial}: scipy gives KS {want!r}, the reference {got!r} for "
            f"reference={ref_col.tolist()}, current={cur_col.tolist()}")
