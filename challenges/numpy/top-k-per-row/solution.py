import numpy as np


def top_k_indices(scores, k):
    """(n, min(k, m)) indices of each row's k largest scores: larger first, ties by lower index, NaN last."""
    # Ascending key = negated score, in float64: -x would wrap for uint8, fail for bool, and
    # overflow for int64's minimum. -NaN is NaN, which sorts last: "NaN ranks lowest" for free.
    key = -np.asarray(scores, dtype=np.float64)
    # stable: equal keys keep their column order, i.e. the lower index first
    return np.argsort(key, axis=1, kind="stable")[:, :k]
