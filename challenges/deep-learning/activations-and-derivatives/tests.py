import math

import numpy as np

from drill import case, generate
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

NAMES = ("relu", "sigmoid", "tanh", "gelu")


def _close_arrays(label, expected, actual, shape):
    if type(actual) is not np.ndarray:
        return f"{label}: expected a numpy.ndarray, got {type(actual).__name__}"
    if actual.shape != shape:
        return f"{label}: shape must be z's shape {shape}, got {actual.shape}"
    if actual.dtype != np.float64:
        return f"{label}: dtype must be float64, got {actual.dtype}"
    bad = ~np.isclose(actual, expected, rtol=1e-7, atol=1e-10, equal_nan=True)
    if bad.any():
        idx = tuple(int(i) for i in np.argwhere(bad)[0])
        return (f"{label}: {int(bad.sum())} of {bad.size} values differ (tolerance: relative "
                f"1e-7, absolute 1e-10); first at {list(idx)}: expected {float(expected[idx])!r}, "
                f"got {float(actual[idx])!r}")
    return None


def values_and_derivatives(actual, expected, z, name):
    """A tuple (a, da) of float64 arrays shaped like z, each close to the expected one."""
    if type(actual) is not tuple or len(actual) != 2:
        return f"expected a tuple (a, da) of two arrays, got {type(actual).__name__}"
    shape = np.shape(z)
    return (_close_arrays(f"a = {name}(z)", expected[0], actual[0], shape)
            or _close_arrays(f"da = {name}'(z)", expected[1], actual[1], shape))


def c(z, kind, **options):
    return case(z, kind, check=values_and_derivatives, **options)


def _sig(x):
    return 1.0 / (1.0 + math.exp(-x))


def _gelu(x):
    k = math.sqrt(2.0 / math.pi)
    t = math.tanh(k * (x + 0.044715 * x**3))
    return 0.5 * x * (1 + t), 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * k * (1 + 3 * 0.044715 * x * x)


EXAMPLE = np.array([-2.0, 0.0, 0.5, 3.0])


def _big():
    return np.random.default_rng(2024).normal(0.0, 4.0, size=(1000, 2000))


CASES = [
    c(EXAMPLE, "relu", expected=(np.array([0.0, 0.0, 0.5, 3.0]), np.array([0.0, 0.0, 1.0, 1.0])),
      sample=True, name="relu: the derivative at exactly 0 is 0"),
    c(EXAMPLE, "sigmoid",
      expected=(np.array([_sig(x) for x in EXAMPLE]),
                np.array([_sig(x) * (1 - _sig(x)) for x in EXAMPLE])),
      sample=True, name="sigmoid: s and s(1 - s)"),
    c(EXAMPLE, "gelu",
      expected=(np.array([_gelu(x)[0] for x in EXAMPLE]), np.array([_gelu(x)[1] for x in EXAMPLE])),
      sample=True, name="gelu (tanh approximation) and its derivative"),
    c(np.array([[-3.0, -0.25, 0.0], [0.25, 1.0, 8.0]]), "tanh",
      expected=(np.tanh(np.array([[-3.0, -0.25, 0.0], [0.25, 1.0, 8.0]])),
                1 - np.tanh(np.array([[-3.0, -0.25, 0.0], [0.25, 1.0, 8.0]])) ** 2),
      name="tanh on a 2-D array keeps the shape"),
    c(np.array([-1000.0, -710.0, -40.0, 40.0, 710.0, 1000.0]), "sigmoid",
      expected=(np.array([0.0, 0.0, _sig(-40.0), 1.0, 1.0, 1.0]),
                np.array([0.0, 0.0, _sig(-40.0) * (1 - _sig(-40.0)), 0.0, 0.0, 0.0])),
      name="sigmoid of +-1000: no overflow, no NaN"),
    c(np.array([-1000.0, -400.0, 400.0, 1000.0]), "tanh",
      expected=(np.array([-1.0, -1.0, 1.0, 1.0]), np.zeros(4)),
      name="tanh of +-1000: no NaN (exp-based formulas give inf / inf)"),
    c(np.array([-1000.0, -60.0, 60.0, 1000.0]), "gelu",
      expected=(np.array([0.0, 0.0, 60.0, 1000.0]), np.array([0.0, 0.0, 1.0, 1.0])),
      name="gelu of large magnitudes"),
    c(np.array([np.nan, -1.0, 0.0, 2.0, np.nan]), "relu",
      expected=(np.array([np.nan, 0.0, 0.0, 2.0, np.nan]), np.array([np.nan, 0.0, 0.0, 1.0, np.nan])),
      name="relu: NaN gives NaN in the value and in the derivative"),
    c(np.array([[np.nan, 1.5], [-0.5, np.nan]]), "sigmoid", name="sigmoid: NaN propagates"),
    c(np.array([np.nan, 0.3, -2.0]), "gelu", name="gelu: NaN propagates"),
    c(np.array([-0.0, 0.0, -1e-300, 1e-300]), "relu",
      expected=(np.array([0.0, 0.0, 0.0, 1e-300]), np.array([0.0, 0.0, 0.0, 1.0])),
      name="relu at zero, negative zero and tiny values"),
    c(np.array([-3, -1, 0, 2, 5]), "sigmoid", name="int64 input gives float64 output"),
    c(np.array([[-3, 0], [2, 7]], dtype=np.int32), "relu",
      expected=(np.array([[0.0, 0.0], [2.0, 7.0]]), np.array([[0.0, 0.0], [1.0, 1.0]])),
      name="int32 input: float64 values and derivatives"),
    c(np.array([-1.5, 0.1, 2.75], dtype=np.float32), "tanh", name="float32 input gives float64 output"),
    c(np.zeros(0), "gelu", expected=(np.zeros(0), np.zeros(0)), name="empty array"),
    c(np.zeros((2, 0)), "sigmoid", expected=(np.zeros((2, 0)), np.zeros((2, 0))),
      name="empty 2-D array keeps shape (2, 0)"),
    c(np.array([0.0]), "tanh", expected=(np.array([0.0]), np.array([1.0])),
      name="single element: tanh'(0) = 1"),
    c(_big(), "gelu", time_limit=2.0,
      name="2,000,000 values (a Python loop over elements is too slow)"),
]


@generate(count=12, seed=31)
def random_arrays(rng):
    g = np.random.default_rng(rng.randrange(2**32))
    shape = rng.choice([(rng.randint(1, 30),), (rng.randint(1, 6), rng.randint(1, 6)), (2, 3, 4)])
    z = g.normal(0.0, rng.choice([1.0, 5.0, 50.0]), size=shape)
    z = z.astype(rng.choice([np.float64, np.float32]))
    return c(z, rng.choice(NAMES))
