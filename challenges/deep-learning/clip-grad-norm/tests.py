import math

import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

INF = float("inf")


def _differs(got, exp):
    bad = ~np.isclose(got, exp, rtol=1e-9, atol=1e-12)
    if bad.any():
        idx = tuple(int(i) for i in np.argwhere(bad)[0]) if got.ndim else ()
        return f"first at {list(idx)}: expected {float(exp[idx])!r}, got {float(got[idx])!r}"
    return None


def check(actual, expected, grads, max_norm, norm_type=2.0):
    if type(actual) is not tuple or len(actual) != 2:
        return f"expected a tuple (clipped, total_norm), got {type(actual).__name__}"
    clipped, total = actual
    exp_clipped, exp_total = expected
    if type(clipped) is not list:
        return f"clipped: expected a list of arrays, got {type(clipped).__name__}"
    if len(clipped) != len(exp_clipped):
        return f"clipped: expected {len(exp_clipped)} arrays (one per gradient), got {len(clipped)}"
    if type(total) is not float:
        return f"total_norm: expected a Python float, got {type(total).__name__}"
    if not math.isclose(total, exp_total, rel_tol=1e-9, abs_tol=1e-12):
        return f"total_norm: expected {exp_total!r} (the norm before clipping), got {total!r}"
    for i, (got, exp) in enumerate(zip(clipped, exp_clipped)):
        if type(got) is not np.ndarray:
            return f"clipped[{i}]: expected a numpy.ndarray, got {type(got).__name__}"
        if got.shape != exp.shape:
            return f"clipped[{i}]: shape must be {exp.shape} (the gradient's shape), got {got.shape}"
        if got.dtype != np.float64:
            return f"clipped[{i}]: dtype must be float64, got {got.dtype}"
        problem = _differs(got, exp)
        if problem:
            return f"clipped[{i}]: values differ (relative tolerance 1e-9); {problem}"
    return None


def c(grads, max_norm, *rest, **options):
    return case(grads, max_norm, *rest, check=check, **options)


EXAMPLE = [np.array([[3.0, 0.0], [0.0, 0.0]]), np.array([4.0])]
C = 1.0 / (5.0 + 1e-6)


def _random(seed, shapes, scale=1.0, dtype=np.float64):
    g = np.random.default_rng(seed)
    return [(g.normal(size=s) * scale).astype(dtype) for s in shapes]


CASES = [
    c(EXAMPLE, 1.0, 2.0, sample=True, name="worked example: one norm over both arrays",
      expected=([np.array([[3.0 * C, 0.0], [0.0, 0.0]]), np.array([4.0 * C])], 5.0)),
    c(EXAMPLE, 10.0, sample=True, name="below the limit: unchanged (never scaled up)",
      expected=([np.array([[3.0, 0.0], [0.0, 0.0]]), np.array([4.0])], 5.0)),
    c(EXAMPLE, 1.0, INF, sample=True, name="norm_type = inf: the largest absolute entry",
      expected=([np.array([[3.0 / (4.0 + 1e-6), 0.0], [0.0, 0.0]]), np.array([4.0 / (4.0 + 1e-6)])],
                4.0)),
    c([np.array([[-3.0, 4.0]]), np.array([12.0])], 6.5, name="total exactly 2 * max_norm halves it",
      expected=([np.array([[-3.0, 4.0]]) * (6.5 / (13.0 + 1e-6)), np.array([12.0 * 6.5 / (13.0 + 1e-6)])],
                13.0)),
    c([np.array([6.0, 8.0])], 10.0, name="total equal to max_norm: still scaled by 10 / (10 + 1e-6)",
      expected=([np.array([6.0, 8.0]) * (10.0 / (10.0 + 1e-6))], 10.0)),
    c([np.array([1.0, -2.0]), np.array([[2.0], [-4.0]])], 3.0, 1.0, name="norm_type = 1: sum of |g|",
      expected=([np.array([1.0, -2.0]) * (3.0 / (9.0 + 1e-6)), np.array([[2.0], [-4.0]]) * (3.0 / (9.0 + 1e-6))],
                9.0)),
    c([np.array([1.0, 2.0]), np.array([-2.0])], 1.0, 3.0, name="norm_type = 3: cube root of the sum of |g|^3",
      expected=([np.array([1.0, 2.0]) / (17.0 ** (1 / 3) + 1e-6), np.array([-2.0]) / (17.0 ** (1 / 3) + 1e-6)],
                17.0 ** (1 / 3))),
    c([np.array([-7.0, 2.0]), np.array([5.0, -1.0])], 2.0, INF, name="norm_type = inf uses |g|: a negative max",
      expected=([np.array([-7.0, 2.0]) * (2.0 / (7.0 + 1e-6)), np.array([5.0, -1.0]) * (2.0 / (7.0 + 1e-6))],
                7.0)),
    c([], 1.0, name="no gradients: ([], 0.0)", expected=([], 0.0)),
    c([np.zeros((0, 3)), np.zeros(0)], 1.0, name="only empty arrays: total 0.0, shapes kept",
      expected=([np.zeros((0, 3)), np.zeros(0)], 0.0)),
    c([np.zeros((0, 3)), np.array([-5.0])], 1.0, INF, name="an empty array next to a real one, inf norm",
      expected=([np.zeros((0, 3)), np.array([-5.0 / (5.0 + 1e-6)])], 5.0)),
    c([np.array(2.0), np.array([0.0, 0.0])], 1.0, name="a 0-d gradient stays a 0-d array",
      expected=([np.array(2.0 / (2.0 + 1e-6)), np.array([0.0, 0.0])], 2.0)),
    c([np.zeros((2, 2)), np.zeros(3)], 1.0, name="all-zero gradients: total 0, unchanged",
      expected=([np.zeros((2, 2)), np.zeros(3)], 0.0)),
    c(_random(1, [(3, 4), (4,)]), 0.0, name="max_norm = 0 zeroes everything"),
    c([np.array([[3, 0], [0, 0]]), np.array([4])], 1.0, name="int64 gradients give float64 arrays",
      expected=([np.array([[3.0 * C, 0.0], [0.0, 0.0]]), np.array([4.0 * C])], 5.0)),
    c(_random(2, [(5, 3), (3,), (3, 2)], 4.0, np.float32), 1.0, name="float32 gradients give float64"),
    c([np.full((2, 3), 1e100), np.array([-1e100, 1e100])], 1.0,
      name="entries of 1e100: the 2-norm is sqrt(8) * 1e100, no overflow",
      expected=([np.full((2, 3), 1 / math.sqrt(8)), np.array([-1 / math.sqrt(8), 1 / math.sqrt(8)])],
                math.sqrt(8) * 1e100)),
    c([np.full(4, 1e-100)], 1e-101, name="entries of 1e-100: the 1e-6 dominates total_norm + 1e-6",
      expected=([np.full(4, 1e-100 * (1e-101 / (2e-100 + 1e-6)))], 2e-100)),
    c([np.full(4, 3e-7)], 1e-5, name="total 6e-7, max_norm 1e-5: unchanged",
      expected=([np.full(4, 3e-7)], 6e-7)),
    c([np.full(4, 3e-7)], 1e-6, name="total 6e-7 below max_norm 1e-6, still scaled by 1e-6 / 1.6e-6",
      expected=([np.full(4, 3e-7 * 0.625)], 6e-7)),
    c([np.full(4, 3e-7)], 5e-7, name="total 6e-7 above max_norm 5e-7: scaled by 5e-7 / 1.6e-6",
      expected=([np.full(4, 3e-7 * (5e-7 / (6e-7 + 1e-6)))], 6e-7)),
    c(_random(3, [(200, 300), (300,), (300, 10), (10,)], 0.1), 1.0, time_limit=1.0,
      name="a 63,310-parameter model (no Python loop over the entries)"),
]


@generate(count=10, seed=1414)
def random_models(rng):
    g = numpy_rng(rng)
    shapes = [tuple(int(x) for x in g.integers(0, 5, size=int(g.integers(0, 3))))
              for _ in range(int(g.integers(1, 5)))]
    grads = [g.normal(0.0, float(g.choice([0.01, 1.0, 100.0])), size=s) for s in shapes]
    norm_type = float(g.choice([1.0, 1.5, 2.0, 2.0, 3.0, INF]))
    return c(grads, float(g.choice([0.0, 0.1, 1.0, 5.0, 1e3])), norm_type)
