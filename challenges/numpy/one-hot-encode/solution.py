import numpy as np


def one_hot(labels, classes):
    """(n, C) integer matrix: out[i, j] = 1 when labels[i] == classes[j]; unseen labels give zeros."""
    labels, classes = np.asarray(labels), np.asarray(classes)
    out = np.zeros((len(labels), len(classes)), dtype=np.int64)
    if len(labels) == 0 or len(classes) == 0:
        return out
    # O(n log C) instead of an (n, C) comparison: look every label up among the sorted classes
    order = np.argsort(classes, kind="stable")
    sorted_classes = classes[order]
    pos = np.searchsorted(sorted_classes, labels)
    pos = np.minimum(pos, len(classes) - 1)  # labels past the largest class (and NaN) land here
    known = sorted_classes[pos] == labels  # unseen labels and NaN compare unequal
    rows = np.flatnonzero(known)
    out[rows, order[pos[known]]] = 1  # back to the caller's column order
    return out
