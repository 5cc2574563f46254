import math

import numpy as np


def matthews_corrcoef(y_true, y_pred):
    """Matthews correlation coefficient for binary or multiclass labels (0.0 when undefined)."""
    y_true = np.asarray(y_true)
    y_pred = np.asarray(y_pred)
    n = len(y_true)
    labels, codes = np.unique(np.concatenate([y_true, y_pred]), return_inverse=True)
    t = np.bincount(codes[:n], minlength=len(labels))  # how often each label is true
    p = np.bincount(codes[n:], minlength=len(labels))  # how often each label is predicted
    correct = int(np.sum(y_true == y_pred))
    # Python ints from here on: n² · n² reaches 1e21 and would overflow int64.
    cov_tp = n * correct - int(t @ p)
    cov_tt = n * n - int(t @ t)
    cov_pp = n * n - int(p @ p)
    if cov_tt == 0 or cov_pp == 0:
        return 0.0
    return cov_tp / math.sqrt(cov_tt * cov_pp)
