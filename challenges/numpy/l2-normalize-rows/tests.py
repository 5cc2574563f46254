import math
from decimal import Decimal, localcontext
from fractions import Fraction

import numpy as np

from drill import case, generate

COMPARE = {"name": "ndarray", "rtol": 1e-9, "atol": 1e-12, "dtype": "exact"}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

S = 1 / math.sqrt(2.0)


def _exact(X):
    """Each row over its norm, from an exact sum of squares and a 40-digit square root."""
    out = []
    with localcontext() as ctx:
        ctx.prec = 40
        for row in np.asarray(X, np.float64).tolist():
            sq = sum(Fraction(x) ** 2 for x in row)
            norm = (Decimal(sq.numerator) / Decimal(sq.denominator)).sqrt()
            out.append([float(Decimal(x) / norm) if sq else 0.0 for x in row])
    return np.array(out)


def exact_case(X, name):
    return case(X, expected=_exact(X), name=name)


def _rng(seed):
    return np.random.default_rng(seed)


def _large():
    X = _rng(2024).normal(size=(1_000_000, 3))
    X[::1000] = 0.0
    X[5::1000, 1] = np.nan
    return X


def _embeddings():
    X = _rng(4).normal(0, 3, size=(25, 16))
    X[[2, 11]] = 0.0
    X[7, 5] = np.nan
    return X


CASES = [
    case(np.array([[3, 4], [0, 0], [1, -1]]),
         expected=np.array([[0.6, 0.8], [0.0, 0.0], [S, -S]]), sample=True,
         name="worked example: int64 input, a zero row"),
    case(np.array([[1.0, np.nan, 2.0], [0.0, 0.0, 5.0]]),
         expected=np.array([[np.nan, np.nan, np.nan], [0.0, 0.0, 1.0]]), sample=True,
         name="a NaN makes its whole row NaN, other rows are unaffected"),
    case(np.array([[2.0, -2.0, 1.0], [-0.5, 0.0, 0.0], [1e-3, 1e-3, 1e-3]]), sample=True,
         name="floats: negatives, a single non-zero entry, small values"),
    case(np.zeros((0, 4)), expected=np.zeros((0, 4)), name="no rows: shape (0, 4)"),
    case(np.array([[-7.0]]), expected=np.array([[-1.0]]), name="one column: the sign of each value"),
    case(np.zeros((3, 2), dtype=np.int64), expected=np.zeros((3, 2)),
         name="every row zero: zeros, not NaN"),
    case(np.array([[100, 100], [-128, 0]], dtype=np.int8), expected=np.array([[S, S], [-1.0, 0.0]]),
         name="int8 input: 100 ** 2 overflows int8"),
    case(np.array([[200, 0, 0], [255, 255, 0]], dtype=np.uint8),
         expected=np.array([[1.0, 0.0, 0.0], [S, S, 0.0]]), name="uint8 input"),
    case(np.array([[50_000, 50_000], [3, 4]], dtype=np.int32),
         expected=np.array([[S, S], [0.6, 0.8]]), name="int32 input whose squares overflow int32"),
    case(np.array([[True, False, True], [False, False, False]]),
         expected=np.array([[S, 0.0, S], [0.0, 0.0, 0.0]]), name="bool input: True is 1"),
    case(_rng(5).normal(size=(6, 5)).astype(np.float32), name="float32 input gives float64"),
    case(np.array([[1e100, 1e100], [1e-100, -1e-100]]), expected=np.array([[S, S], [S, -S]]),
         name="very large and very small magnitudes"),
    case(np.array([[np.nan, np.nan], [0.0, np.nan], [0.0, 0.0]]),
         expected=np.array([[np.nan, np.nan], [np.nan, np.nan], [0.0, 0.0]]),
         name="NaN next to zeros is still NaN; the zero row stays zero"),
    exact_case(np.array([[1e-200, 1e-200], [1e-200, -3e-200]]),
               name="rows of 1e-200: their squares underflow to 0, the result still has norm 1"),
    exact_case(np.array([[1e-160, 2e-160, 2e-160], [3e-160, 0.0, -4e-160]]),
               name="rows of 1e-160: subnormal squares lose digits, the result must not"),
    exact_case(np.array([[1e300, -1e300], [1.7e308, 1e308]]),
               name="rows near 1e300: squares overflow to inf, the result still has norm 1"),
    exact_case(np.array([[5e-324, 0.0, 0.0], [1e-300, 3e-300, 1e-310], [2.0, 1e-300, 0.0]]),
               name="the smallest subnormal, and tiny next to ordinary entries"),
    case(_embeddings(), name="25 embeddings in 16-D with two zero rows and one NaN"),
    case(_large(), time_limit=1.0, name="1,000,000 rows with zero and NaN rows, within 1 s"),
]


@generate(count=10, seed=21)
def random_matrices(rng):
    g = np.random.default_rng(rng.randrange(2**32))
    n, d = rng.randint(1, 20), rng.randint(1, 8)
    kind = rng.choice(["float", "float", "float32", "int", "bool"])
    if kind == "bool":
        X = g.random((n, d)) < 0.3
    elif kind == "int":
        X = g.integers(-5, 6, size=(n, d))
    else:
        X = g.normal(0, rng.uniform(0.1, 100), size=(n, d)).astype(np.float32 if kind == "float32" else np.float64)
        if rng.random() < 0.4:
            X[rng.randrange(n), rng.randrange(d)] = np.nan
    if rng.random() < 0.5:
        X[rng.randrange(n)] = 0
    return case(X)
