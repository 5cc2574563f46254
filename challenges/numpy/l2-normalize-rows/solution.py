import numpy as np


def l2_normalize_rows(X):
    """Divide every row of X by its L2 norm; zero rows stay zero, NaN rows become NaN; float64."""
    X = np.asarray(X, dtype=np.float64)  # int8/int32 squares would overflow; input untouched
    norms = np.sqrt((X * X).sum(axis=1, keepdims=True))  # (n, 1): broadcasts over columns
    # a zero row divides by 1 and stays zero; a NaN row has a NaN norm and becomes all NaN
    return X / np.where(norms == 0.0, 1.0, norms)
