"""The reference against scikit-learn's log_loss, and its gradient against finite differences.

scikit-learn has no logits-based loss, so the softmax is taken first. Label smoothing is checked
through the identity  loss_eps = (1 - eps) * loss_0 + eps * loss_uniform,  where loss_uniform is
the mean of log_loss over the K constant labellings (every class weighted 1/K)."""

import math

import numpy as np
from sklearn.metrics import log_loss


def _softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def crosscheck(softmax_cross_entropy, rng):
    for trial in range(300):
        n = int(rng.integers(1, 40))
        k = int(rng.integers(2, 8))
        logits = rng.normal(0.0, 3.0, size=(n, k))
        labels = rng.integers(0, k, size=n)
        eps = float(rng.choice([0.0, 0.0, 0.1, 0.25, 1.0]))
        p = _softmax(logits)
        classes = list(range(k))
        plain = log_loss(labels, p, labels=classes)
        uniform = np.mean([log_loss(np.full(n, c), p, labels=classes) for c in classes])
        expected = (1 - eps) * plain + eps * uniform
        loss, grad = softmax_cross_entropy(logits, labels, eps)
        assert math.isclose(loss, expected, rel_tol=1e-9, abs_tol=1e-12), (
            f"trial {trial}: scikit-learn gives {expected!r}, the reference {loss!r} for "
            f"logits={logits.tolist()}, labels={labels.tolist()}, label_smoothing={eps}")
        # central finite differences of the loss, one logit at a time
        h = 1e-6
        numeric = np.zeros_like(logits)
        for idx in np.ndindex(logits.shape):
            up, down = logits.copy(), logits.copy()
            up[idx] += h
            down[idx] -= h
            numeric[idx] = (softmax_cross_entropy(up, labels, eps)[0]
                            - softmax_cross_entropy(down, labels, eps)[0]) / (2 * h)
        err = np.abs(numeric - grad).max()
        assert err < 1e-6, (
            f"trial {trial}: gradient differs from finite differences by {err:.2e} for "
            f"logits={logits.tolist()}, labels={labels.tolist()}, label_smoothing={eps}")
