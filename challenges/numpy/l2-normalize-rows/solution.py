import numpy as np


def l2_normalize_rows(X):
    """Divide every row of X by its L2 norm; zero rows stay zero, NaN rows become NaN; float64."""
    X = np.asarray(X, dtype=np.float64)  # int8/int32 squares would overflow; input untouched
    # Scale each row by its largest magnitude first: squares of 1e-200 underflow to 0 and
    # squares of 1e200 overflow to inf, but the scaled row has entries in [-1, 1].
    biggest = np.max(np.abs(X), axis=1, keepdims=True) if X.shape[0] else np.ones((0, 1))
    scaled = X / np.where(biggest == 0.0, 1.0, biggest)  # a NaN row stays NaN
    norms = np.sqrt((scaled * scaled).sum(axis=1, keepdims=True))  # (n, 1), between 1 and sqrt(d)
    # a zero row divides by 1 and stays zero; a NaN row has a NaN norm and becomes all NaN
    return scaled / np.where(norms == 0.0, 1.0, norms)
