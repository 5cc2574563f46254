import math

import numpy as np

from drill import case, generate
from drill.testkit import is_close, numpy_rng


def check(actual, expected, *args, **kwargs):
    if isinstance(expected, np.ndarray):
        if type(actual) is not np.ndarray or actual.dtype != np.float64 or actual.shape != expected.shape:
            return f"reduction='none': expected a float64 array of shape {expected.shape}"
        if not np.allclose(actual, expected, rtol=1e-9, atol=1e-12, equal_nan=True):
            return f"expected {expected.tolist()}, got {actual.tolist()}"
        return None
    if type(actual) is not float:
        return f"expected a Python float, got {type(actual).__name__}"
    if not is_close(actual, expected, rel=1e-9, abs_=1e-12):
        return f"expected {expected!r}, got {actual!r}"
    return None


def c(*args, kwargs=None, **options):
    return case(*args, check=check, kwargs=kwargs, **options)


Z = np.array([[2.0, 0.0, -1.0], [0.5, 0.5, 0.5], [1.0, 3.0, 0.0]])
T = np.array([0, 2, 1])
W = np.array([1.0, 2.0, 3.0])


def _log_p(z):
    z = np.asarray(z, dtype=np.float64)
    return np.array([[v - max(row) - math.log(sum(math.exp(u - max(row)) for u in row)) for v in row] for row in z])


def _by_hand(z, t, w=None, ignore=-100, eps=0.0):
    """Row by row with math, independently of the reference: (per-row losses, mean denominator)."""
    lp = _log_p(z)
    k = lp.shape[1]
    w = [1.0] * k if w is None else list(w)
    rows, denominator = [], 0.0
    for row, y in zip(lp, t):
        if y == ignore:
            rows.append(0.0)
            continue
        rows.append((1 - eps) * -w[y] * row[y] + eps / k * -sum(wc * v for wc, v in zip(w, row)))
        denominator += w[y]
    return np.array(rows), denominator


def _mean(*args, **kwargs):
    rows, den = _by_hand(*args, **kwargs)
    return float(rows.sum() / den) if den else float("nan")


CASES = [
    c(Z, T, expected=_mean(Z, T), sample=True, name="worked example: plain mean"),
    c(Z, T, kwargs={"label_smoothing": 0.1}, expected=_mean(Z, T, eps=0.1), sample=True,
      name="label_smoothing 0.1"),
    c(Z, T, W, kwargs={"label_smoothing": 0.2}, expected=_mean(Z, T, W, eps=0.2), sample=True,
      name="class weights with smoothing: divided by the weight of the targets, 6"),
    c(Z, np.array([0, -100, 1]), kwargs={"reduction": "none"}, expected=_by_hand(Z, [0, -100, 1])[0],
      name="reduction none: ignored rows are 0"),
    c(Z, np.array([0, -100, 1]), expected=_mean(Z, [0, -100, 1]), name="mean over the 2 kept rows, not 3"),
    c(Z, np.array([-100, -100, -100]), expected=float("nan"), name="every row ignored: nan"),
    c(Z, np.array([-100, -100, -100]), kwargs={"reduction": "sum"}, expected=0.0, name="every row ignored, sum: 0"),
    c(Z, T, W, 2, "mean", 0.3, expected=_mean(Z, T, W, ignore=2, eps=0.3),
      name="ignore_index 2 is a real class: row 1 ignored"),
    c(Z, T, W, kwargs={"reduction": "sum", "label_smoothing": 0.25},
      expected=float(_by_hand(Z, T, W, eps=0.25)[0].sum()), name="sum with weights and smoothing"),
    c(Z, T, W, kwargs={"reduction": "none", "label_smoothing": 0.25}, expected=_by_hand(Z, T, W, eps=0.25)[0],
      name="none with weights and smoothing"),
    c(Z, T, np.array([0.0, 1.0, 1.0]), expected=_mean(Z, T, [0.0, 1.0, 1.0]),
      name="a zero weight drops that class from the denominator too"),
    c(Z, T, kwargs={"label_smoothing": 1.0}, expected=_mean(Z, T, eps=1.0), name="label_smoothing 1: uniform targets"),
    c(np.array([[1e4, -1e4, 0.0], [-1e4, 1e4, 5.0]]), np.array([1, 0]), kwargs={"label_smoothing": 0.1},
      expected=_mean([[1e4, -1e4, 0.0], [-1e4, 1e4, 5.0]], [1, 0], eps=0.1),
      name="logits of ±1e4: no overflow, losses of 2e4"),
    c(np.array([[3.0]]), np.array([0]), kwargs={"label_smoothing": 0.5}, expected=0.0, name="C = 1: loss 0"),
    c(np.array([[1, 2], [3, 1]]), np.array([1, 0]), expected=_mean([[1, 2], [3, 1]], [1, 0]), name="int64 logits"),
    c(np.array([[0.0, 1.0, 2.0, 3.0]]), np.array([3]), None, -1,
      expected=_mean([[0.0, 1.0, 2.0, 3.0]], [3], ignore=-1), name="ignore_index -1, nothing ignored"),
    c(np.array([[0.0, 1.0, 2.0, 3.0], [1.0, 0.0, 0.0, 0.0]]), np.array([3, -1]), W.tolist() + [4.0], -1, "mean", 0.1,
      expected=_mean([[0.0, 1.0, 2.0, 3.0], [1.0, 0.0, 0.0, 0.0]], [3, -1], W.tolist() + [4.0], ignore=-1, eps=0.1),
      name="ignore_index -1 must not wrap around to the last class"),
]


@generate(count=10, seed=9)
def random_losses(rng):
    g = numpy_rng(rng)
    n, k = int(g.integers(1, 7)), int(g.integers(1, 6))
    z = g.normal(0, 3, size=(n, k))
    t = g.integers(0, k, size=n)
    t[g.random(n) < 0.25] = -100
    w = None if rng.random() < 0.4 else g.uniform(0.1, 3.0, size=k)
    return c(z, t, w, -100, rng.choice(["mean", "sum", "none"]), float(g.choice([0.0, 0.1, 0.5])))
