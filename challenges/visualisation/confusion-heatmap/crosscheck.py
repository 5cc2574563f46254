"""The reference's matrix (the image it draws) against scikit-learn's confusion_matrix."""

import warnings

import matplotlib.pyplot as plt
import numpy as np
from sklearn.metrics import confusion_matrix


def crosscheck(confusion_heatmap, rng):
    for trial in range(300):
        n = int(rng.integers(1, 4)) if trial % 5 == 0 else int(rng.integers(1, 80))
        k = int(rng.integers(1, 6))
        y_true = [int(v) for v in rng.integers(0, k, n)]
        right = [0.0, 0.5, 0.9, 1.0][trial % 4]
        y_pred = [t if rng.random() < right else int(rng.integers(0, k + 1)) for t in y_true]
        if trial % 7 == 0:  # a single class everywhere
            y_true, y_pred = [3] * n, [3] * n
        labels = None
        if trial % 3 == 1:  # given labels: a missing class, a dropped class, a new order
            labels = [int(v) for v in rng.permutation(k + 2)[: max(1, k)]]
        if trial % 8 == 0:
            y_true = [f"c{v}" for v in y_true]
            y_pred = [f"c{v}" for v in y_pred]
            labels = None if labels is None else [f"c{v}" for v in labels]
        normalize = [None, "true", "pred", "all"][trial % 4]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sk_labels = labels if labels is not None else sorted(set(y_true) | set(y_pred))
            if any(t in sk_labels for t in y_true):
                expected = confusion_matrix(y_true, y_pred, labels=sk_labels, normalize=normalize)
            else:  # scikit-learn refuses labels none of y_true has; every cell is 0 (0/0 too)
                expected = np.zeros((len(sk_labels), len(sk_labels)), dtype=int)
        fig = confusion_heatmap(list(y_true), list(y_pred), labels=labels, normalize=normalize)
        try:
            got = np.asarray(fig.axes[0].images[0].get_array())
        finally:
            plt.close(fig)
        assert got.shape == expected.shape and np.allclose(got, expected, rtol=1e-12, atol=1e-12), (
            f"trial {trial}: scikit-learn gives {expected.tolist()}, the reference draws "
            f"{got.tolist()} for y_true={y_true}, y_pred={y_pred}, labels={labels}, "
            f"normalize={normalize!r}"
        )
        if normalize is None:
            assert got.dtype.kind == "i", f"trial {trial}: counts drawn as {got.dtype}"
