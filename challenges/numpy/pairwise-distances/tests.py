import math
from decimal import Decimal, localcontext
from fractions import Fraction

import numpy as np

from drill import case, generate

COMPARE = {"name": "ndarray", "rtol": 1e-6, "atol": 1e-6, "dtype": "exact"}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _exact(A, B):
    """Distances from exact sums of squares (fractions) and a 40-digit square root."""
    A, B = np.asarray(A, np.float64), np.asarray(B, np.float64)
    out = np.empty((len(A), len(B)))
    with localcontext() as ctx:
        ctx.prec = 40
        for i, a in enumerate(A.tolist()):
            for j, b in enumerate(B.tolist()):
                sq = sum((Fraction(x) - Fraction(y)) ** 2 for x, y in zip(a, b))
                out[i, j] = float((Decimal(sq.numerator) / Decimal(sq.denominator)).sqrt())
    return out


def _far_from_origin(seed, centre, spread, n, m, d):
    g = _rng(seed)
    A = centre + g.uniform(-spread, spread, size=(n, d))
    B = np.vstack([A[:2], centre + g.uniform(-spread, spread, size=(m - 2, d))])
    return A, B


def exact_case(A, B, name):
    return case(A, B, expected=_exact(A, B), name=name)


def _rng(seed):
    return np.random.default_rng(seed)


def _self_pair():
    X = _rng(3).uniform(-1.0, 1.0, size=(40, 4))
    return X, X.copy()


def _nan_pair():
    A = _rng(5).normal(size=(4, 3))
    B = _rng(6).normal(size=(5, 3))
    A[1, 2] = np.nan
    B[3, 0] = np.nan
    return A, B


def _large():
    g = _rng(2024)
    return g.normal(size=(1200, 8)), g.normal(size=(800, 8))


CASES = [
    case(np.array([[0, 0], [3, 4]]), np.array([[0, 0], [1, 0], [3, 0]]),
         expected=np.array([[0.0, 1.0, 3.0], [5.0, math.sqrt(20.0), 4.0]]),
         sample=True, name="worked example (int64 input)"),
    case(np.array([[10, 200]], dtype=np.uint8), np.array([[40, 100]], dtype=np.uint8),
         expected=np.array([[math.sqrt(30.0**2 + 100.0**2)]]), sample=True,
         name="uint8 input: subtraction must not wrap around"),
    case(np.array([[0.5, -1.0, 2.0], [1.5, 0.0, -2.0]]),
         np.array([[0.5, -1.0, 2.0], [0.0, 0.0, 0.0], [-1.0, 2.5, 1.0]]),
         sample=True, name="floats in 3-D, including an identical point"),
    case(np.zeros((0, 3)), np.ones((2, 3)), expected=np.zeros((0, 2)),
         name="A has no rows: shape (0, 2)"),
    case(np.ones((2, 3), dtype=np.int64), np.zeros((0, 3), dtype=np.int64),
         expected=np.zeros((2, 0)), name="B has no rows: shape (2, 0)"),
    case(np.array([[-2.5]]), np.array([[4.0]]), expected=np.array([[6.5]]),
         name="single point each, one dimension, negative value"),
    case(np.array([[-128, 127]], dtype=np.int8), np.array([[127, -128], [-128, 127]], dtype=np.int8),
         expected=np.array([[255.0 * math.sqrt(2.0), 0.0]]),
         name="int8 extremes: differences overflow int8"),
    case(_rng(8).integers(0, 256, size=(6, 10), dtype=np.uint8),
         _rng(9).integers(0, 256, size=(7, 10), dtype=np.uint8),
         name="uint8 pixel rows"),
    case(_rng(10).integers(-50_000, 50_000, size=(5, 4)).astype(np.int32),
         _rng(11).integers(-50_000, 50_000, size=(6, 4)).astype(np.int32),
         name="int32 coordinates whose squared differences overflow int32"),
    case(_rng(12).normal(size=(5, 3)).astype(np.float32),
         _rng(13).normal(size=(4, 3)).astype(np.float32),
         name="float32 input gives a float64 result"),
    case(*_nan_pair(), name="NaN in A[1] and B[3]: only row 1 and column 3 are NaN"),
    case(*_self_pair(), name="distances of points to themselves: a zero diagonal, never NaN"),
    case(np.array([[0, 0], [1, 1]]), np.array([[2, 2], [2, 2], [0, 0], [2, 2]]),
         name="duplicate rows in B give equal columns"),
    case(np.array([[-3.0], [0.0], [7.0]]), np.array([[0.0], [-3.0]]),
         name="one dimension, negatives and zero"),
    exact_case(*_far_from_origin(14, 100.0, 1.0, 4, 5, 8),
               name="8-D points near 100, two of them repeated in B: exactly 0 apart"),
    exact_case(np.array([[1e8, 0.0]]), np.array([[1e8 + 1, 0.0], [1e8, 0.0]]),
               name="points 1 apart at x = 1e8 are at distance 1.0"),
    exact_case(*_far_from_origin(15, 1e6, 1e-3, 5, 6, 3),
               name="a cluster 1e-3 wide around 1e6: no cancellation"),
    exact_case(np.array([[1e150, 0.0], [-3e149, 2e149]]), np.array([[-1e150, 0.0], [1e150, 1e150]]),
               name="coordinates of magnitude 1e150: squares stay finite"),
    case(*_large(), time_limit=1.0,
         name="1200 x 800 points in 8-D (a Python loop over pairs is too slow)"),
]

_DTYPES = [np.float64, np.float64, np.float32, np.int64, np.int32, np.int16, np.uint8]


@generate(count=10, seed=99)
def random_shapes(rng):
    g = np.random.default_rng(rng.randrange(2**32))
    n, m, d = rng.randint(0, 25), rng.randint(1, 25), rng.randint(1, 6)
    dtype = rng.choice(_DTYPES)
    if np.dtype(dtype).kind == "f":
        A, B = g.normal(0, 5, size=(n, d)).astype(dtype), g.normal(0, 5, size=(m, d)).astype(dtype)
    else:
        lo, hi = (0, 200) if dtype is np.uint8 else (-100, 100)
        A, B = g.integers(lo, hi, size=(n, d)).astype(dtype), g.integers(lo, hi, size=(m, d)).astype(dtype)
    return case(A, B)
