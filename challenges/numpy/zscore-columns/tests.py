import math
from decimal import Decimal, localcontext
from fractions import Fraction

import numpy as np

from drill import case, generate

COMPARE = {"name": "ndarray", "rtol": 1e-7, "atol": 1e-9, "dtype": "exact"}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

R = math.sqrt(1.5)  # 1 / sqrt(2/3): the z-score of 1 and 3 in [1, 2, 3]


def _exact(X):
    """z-scores from exact means and variances (fractions) and a 40-digit square root."""
    X = np.asarray(X, np.float64)
    out = np.full(X.shape, np.nan)
    with localcontext() as ctx:
        ctx.prec = 40
        for j in range(X.shape[1]):
            rows = [i for i in range(X.shape[0]) if not math.isnan(X[i, j])]
            values = [Fraction(float(X[i, j])) for i in rows]
            if not values:
                continue
            mean = sum(values) / len(values)
            var = sum((v - mean) ** 2 for v in values) / len(values)
            std = (Decimal(var.numerator) / Decimal(var.denominator)).sqrt()
            for i, v in zip(rows, values):
                dev = v - mean
                out[i, j] = 0.0 if var == 0 else float(
                    Decimal(dev.numerator) / Decimal(dev.denominator) / std)
    return out


def exact_case(X, name):
    return case(X, expected=_exact(X), name=name)


def _rng(seed):
    return np.random.default_rng(seed)


def _scattered_nan():
    X = _rng(4).normal(10.0, 3.0, size=(30, 5))
    X[_rng(5).random(X.shape) < 0.2] = np.nan
    return X


def _mixed_scales():
    g = _rng(6)
    return np.column_stack([g.normal(0, 1e-3, 50), g.normal(1e6, 10.0, 50), g.normal(-5, 2, 50)])


def _large():
    X = _rng(2024).normal(3.0, 2.0, size=(100_000, 20))
    X[::97, 3] = np.nan
    X[:, 7] = 4.25
    return X


CASES = [
    case(np.array([[1, 10, 5], [2, 20, 5], [3, 60, 5]]),
         expected=np.array([[-R, -0.9258201, 0.0], [0.0, -0.46291005, 0.0], [R, 1.38873015, 0.0]]),
         compare={"name": "ndarray", "rtol": 1e-7, "atol": 1e-7, "dtype": "exact"},
         sample=True, name="worked example: int64 input, a constant column"),
    case(np.array([[1.0, np.nan], [np.nan, np.nan], [3.0, np.nan]]),
         expected=np.array([[-1.0, np.nan], [np.nan, np.nan], [1.0, np.nan]]),
         sample=True, name="NaN entries are skipped and stay NaN; an all-NaN column stays NaN"),
    case(np.array([[2.0, -4.0], [4.0, 0.0], [6.0, 4.0], [8.0, 8.0]]), sample=True,
         name="floats with negatives: population std (ddof=0)"),
    case(np.zeros((0, 3)), expected=np.zeros((0, 3)), name="no rows: shape (0, 3)"),
    case(np.array([[7.5, -2.0, 0.0]]), expected=np.zeros((1, 3)),
         name="a single row: every column is constant, all zeros"),
    case(np.array([[0.1], [0.1], [0.1]]), expected=np.zeros((3, 1)),
         name="constant 0.1 column: np.std gives 1.4e-17, the answer is still 0"),
    case(np.array([[np.nan, 1.0], [5.0, 2.0], [np.nan, 3.0]]),
         expected=np.array([[np.nan, -R], [0.0, 0.0], [np.nan, R]]),
         name="a column with one non-NaN value is constant: 0.0 there, NaN elsewhere"),
    case(np.array([[True, False], [False, False], [True, False]]),
         expected=np.array([[math.sqrt(0.5), 0.0], [-math.sqrt(2.0), 0.0], [math.sqrt(0.5), 0.0]]),
         name="bool input: True is 1, an all-False column is constant"),
    case(np.array([[100_000, -3], [200_000, -3], [300_000, -1]], dtype=np.int32),
         name="int32 input whose squares overflow int32"),
    case(_rng(7).normal(0.0, 1.0, size=(12, 4)).astype(np.float32),
         name="float32 input gives a float64 result"),
    case(np.array([[-1e-9, 5.0], [0.0, 5.0], [1e-9, 5.0]]),
         expected=np.array([[-R, 0.0], [0.0, 0.0], [R, 0.0]]),
         name="tiny but real spread is not 'constant'"),
    case(_scattered_nan(), name="30 x 5 with 20% NaN scattered"),
    exact_case(np.array([[1e-300, 1e300], [-1e-300, -1e300]]),
               name="columns of ±1e-300 and ±1e300 give ±1 (squares underflow and overflow)"),
    exact_case(np.array([[1e-300, 3e300, 7e-301], [2e-300, -1e300, np.nan], [4e-300, 2e299, 7e-301],
                         [-5e-300, 1e300, 7e-301]]),
               name="tiny and huge columns with a constant tiny column and a NaN"),
    exact_case(np.array([[1e15], [1e15 + 1], [1e15 + 2], [1e15 + 6]]),
               name="small differences between large values"),
    case(_mixed_scales(), name="columns on very different scales (1e-3 and 1e6)"),
    case(_large(), time_limit=1.5,
         name="100,000 x 20 with a NaN-dotted and a constant column, within 1.5 s"),
]

_DTYPES = [np.float64, np.float64, np.float32, np.int64, np.int32, np.bool_]


@generate(count=10, seed=11)
def random_matrices(rng):
    g = np.random.default_rng(rng.randrange(2**32))
    n, d = rng.randint(1, 30), rng.randint(1, 6)
    dtype = rng.choice(_DTYPES)
    if dtype is np.bool_:
        X = g.random((n, d)) < 0.4
    elif np.dtype(dtype).kind == "i":
        X = g.integers(-20, 20, size=(n, d)).astype(dtype)
    else:
        X = g.normal(rng.uniform(-50, 50), rng.uniform(0.1, 20), size=(n, d)).astype(dtype)
        if rng.random() < 0.5:
            X[g.random(X.shape) < 0.25] = np.nan
    if rng.random() < 0.3:  # a constant column now and then
        X[:, rng.randrange(d)] = X[0, 0] if dtype is not np.bool_ else True
    return case(X)
