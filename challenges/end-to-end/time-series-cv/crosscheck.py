"""The reference against scikit-learn's TimeSeriesSplit(n_splits, gap) on the distinct timestamps.

For sorted distinct timestamps the folds must be identical to scikit-learn's; for unsorted
timestamps with repeats, scikit-learn's folds over the sorted distinct timestamps, mapped back
to the rows holding them, must be the reference's. Where scikit-learn raises ValueError (too few
timestamps for the folds and the gap), the reference returns [].
"""

import numpy as np
from sklearn.model_selection import TimeSeriesSplit


def _sklearn_folds(times, n_splits, gap):
    try:
        return [(tr, te) for tr, te in TimeSeriesSplit(n_splits=n_splits, gap=gap).split(times)]
    except ValueError:
        return []


def crosscheck(time_series_splits, rng):
    for trial in range(400):
        m = int(rng.integers(1, 40))
        n_splits = int(rng.integers(2, 7))
        gap = int(rng.integers(0, 4))
        times = np.cumsum(rng.integers(1, 5, size=m))  # sorted, distinct
        if trial % 2 == 0:
            got = time_series_splits(times.copy(), n_splits, gap)
            want = _sklearn_folds(times, n_splits, gap)
            rows = None
        else:  # rows: every timestamp repeated 1-3 times, shuffled
            rows = rng.permutation(np.repeat(times, rng.integers(1, 4, size=m)))
            got = time_series_splits(rows.copy(), n_splits, gap)
            want = [(np.flatnonzero(np.isin(rows, times[tr])), np.flatnonzero(np.isin(rows, times[te])))
                    for tr, te in _sklearn_folds(times, n_splits, gap)]
        where = f"trial {trial}: n_splits={n_splits}, gap={gap}, timestamps={(times if rows is None else rows).tolist()}"
        assert len(got) == len(want), f"{where}: scikit-learn gives {len(want)} folds, the reference {len(got)}"
        for k, ((gtr, gte), (wtr, wte)) in enumerate(zip(got, want)):
            assert np.array_equal(gtr, wtr) and np.array_equal(gte, wte), (
                f"{where}, fold {k}: scikit-learn train={wtr.tolist()} test={wte.tolist()}, "
                f"reference train={gtr.tolist()} test={gte.tolist()}")
