import math

import numpy as np

from drill import case, generate
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def new_state(actual, expected, x, h_prev, c_prev, W, U, b):
    """A tuple (h, c) of float64 (N, H) arrays close to the expected state."""
    if type(actual) is not tuple or len(actual) != 2:
        return f"expected a tuple (h, c) of two arrays, got {type(actual).__name__}"
    for name, got, exp in zip(("h", "c"), actual, expected):
        if type(got) is not np.ndarray:
            return f"{name}: expected a numpy.ndarray, got {type(got).__name__}"
        if got.shape != exp.shape:
            return f"{name}: shape must be (N, H) = {exp.shape}, got {got.shape}"
        if got.dtype != np.float64:
            return f"{name}: dtype must be float64, got {got.dtype}"
    for name, got, exp in zip(("c", "h"), actual[::-1], expected[::-1]):
        bad = ~np.isclose(got, exp, rtol=1e-7, atol=1e-10, equal_nan=False)
        if bad.any():
            idx = tuple(int(i) for i in np.argwhere(bad)[0])
            return (f"{name}: {int(bad.sum())} of {bad.size} values differ (tolerance: relative "
                    f"1e-7, absolute 1e-10); first at {list(idx)}: expected {float(exp[idx])!r}, "
                    f"got {float(got[idx])!r}")
    return None


def c(*args, **options):
    return case(*args, check=new_state, **options)


def _random(seed, n, d, h, scale=0.5, dtype=np.float64):
    g = np.random.default_rng(seed)
    return (g.normal(size=(n, d)).astype(dtype), g.normal(size=(n, h)).astype(dtype),
            g.normal(size=(n, h)).astype(dtype), (scale * g.normal(size=(d, 4 * h))).astype(dtype),
            (scale * g.normal(size=(h, 4 * h))).astype(dtype),
            (scale * g.normal(size=4 * h)).astype(dtype))


def _gated(seed, n, d, h, bias):
    """Zero weights and a huge bias per gate: (i, f, g, o) = bias pattern, saturated."""
    x, hp, cp, _, _, _ = _random(seed, n, d, h)
    return x, hp, cp, np.zeros((d, 4 * h)), np.zeros((h, 4 * h)), np.repeat(np.array(bias, float), h)


def _distinct_gates(seed):
    """Each gate gets a clearly different bias so a wrong gate order changes the answer."""
    x, hp, cp, W, U, _ = _random(seed, 3, 2, 3, scale=0.1)
    return x, hp, cp, W, U, np.repeat(np.array([2.0, -2.0, 0.5, -0.5]), 3)


EX = (np.array([[1.0, -1.0]]), np.array([[0.5]]), np.array([[2.0]]),
      np.array([[1.0, 0.0, 2.0, 0.0], [1.0, -2.0, 0.0, 1.0]]), np.array([[2.0, 4.0, 0.0, 2.0]]),
      np.array([0.0, 0.0, -1.0, 0.0]))
_S = lambda v: 1.0 / (1.0 + math.exp(-v))  # noqa: E731
_C_EX = _S(4.0) * 2.0 + _S(1.0) * math.tanh(1.0)

SATURATED = _gated(1, 2, 3, 4, [-1000.0, 1000.0, 0.0, 1000.0])
OVERWRITE = _gated(2, 2, 3, 2, [1000.0, -1000.0, 1000.0, 1000.0])

CASES = [
    c(*EX, expected=(np.array([[0.5 * math.tanh(_C_EX)]]), np.array([[_C_EX]])), sample=True,
      name="worked example: z = [1, 4, 1, 0] for gates i, f, g, o"),
    c(*SATURATED, expected=(np.tanh(SATURATED[2]), SATURATED[2]), sample=True,
      name="input gate shut, forget gate open (biases +-1000): c is kept exactly"),
    c(*_random(3, 3, 4, 2), sample=True, name="random batch: N=3, D=4, H=2"),
    c(*OVERWRITE, expected=(np.full((2, 2), math.tanh(1.0)), np.ones((2, 2))),
      name="forget gate shut, input gate open: c is overwritten by g = tanh(1000) = 1"),
    c(*_distinct_gates(4), name="a different bias per gate: the order i, f, g, o matters"),
    c(*_random(5, 1, 1, 1), name="N = D = H = 1"),
    c(np.zeros((0, 3)), np.zeros((0, 2)), np.zeros((0, 2)), np.ones((3, 8)), np.ones((2, 8)),
      np.zeros(8), expected=(np.zeros((0, 2)), np.zeros((0, 2))), name="empty batch"),
    c(*_random(6, 4, 3, 5)[:1], np.zeros((4, 5)), np.zeros((4, 5)), *_random(6, 4, 3, 5)[3:],
      name="first step: zero hidden and cell state"),
    c(*_random(7, 5, 3, 4, scale=400.0), name="huge pre-activations: stable sigmoid, no NaN"),
    c(np.array([[1, 0, -1], [2, 1, 0]]), np.array([[0, 1], [1, -1]]), np.array([[3, -2], [0, 1]]),
      np.array([[1, 0, 0, 1, 0, 1, -1, 0], [0, 1, 1, 0, 0, 0, 1, 1], [1, 1, 0, 0, -1, 0, 0, 1]]),
      np.array([[0, 1, 0, -1, 1, 0, 0, 1], [1, 0, 1, 0, 0, -1, 1, 0]]),
      np.array([0, 1, -1, 0, 1, 0, 0, -1]), name="int64 inputs give float64 outputs"),
    c(*_random(8, 3, 2, 3, dtype=np.float32), name="float32 inputs give float64 outputs"),
    c(*_random(9, 2, 6, 3, scale=1.5), name="D = 6 larger than H = 3: W is (6, 12), U is (3, 12)"),
    c(*_random(10, 100_000, 4, 4), time_limit=1.0,
      name="100,000 sequences in the batch (a Python loop over rows is too slow)"),
]


@generate(count=10, seed=1997)
def random_cells(rng):
    n, d, h = rng.randint(1, 6), rng.randint(1, 5), rng.randint(1, 5)
    return c(*_random(rng.randrange(2**32), n, d, h, scale=rng.choice([0.3, 1.0, 3.0])))
