import numpy as np

from drill import case, generate
from drill.testkit import gradient_problem
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

NAMES = ("Y", "dX", "dW", "db")


def _forward_loss(X, W, b, dY, activation):
    """L = sum(Y * dY): its gradient with respect to Y is exactly dY."""
    Z = X @ W + b
    Y = np.maximum(Z, 0.0) if activation == "relu" else Z
    return float((Y * dY).sum())


def _finite_difference_problem(actual, X, W, b, dY, activation):
    """Compare dX, dW, db with central differences of L = sum(act(X @ W + b) * dY)."""
    X, W, b, dY = (np.asarray(a, dtype=np.float64) for a in (X, W, b, dY))
    losses = {
        "dX": (X, lambda v: _forward_loss(v, W, b, dY, activation)),
        "dW": (W, lambda v: _forward_loss(X, v, b, dY, activation)),
        "db": (b, lambda v: _forward_loss(X, W, v, dY, activation)),
    }
    for name, got in zip(NAMES[1:], actual[1:]):
        at, loss = losses[name]
        problem = gradient_problem(name, got, loss, at)
        if problem:
            return f"{problem}, with L = sum(Y * dY)"
    return None


def make_check(finite_differences):
    def check(actual, expected, X, W, b, dY, activation="linear"):
        if type(actual) is not tuple or len(actual) != 4:
            return f"expected a tuple (Y, dX, dW, db) of four arrays, got {type(actual).__name__}"
        for name, got, exp in zip(NAMES, actual, expected):
            if type(got) is not np.ndarray:
                return f"{name}: expected a numpy.ndarray, got {type(got).__name__}"
            if got.shape != exp.shape:
                return f"{name}: shape must be {exp.shape}, got {got.shape}"
            if got.dtype != np.float64:
                return f"{name}: dtype must be float64, got {got.dtype}"
        if finite_differences:
            problem = _finite_difference_problem(actual, X, W, b, dY, activation)
            if problem:
                return problem
        for name, got, exp in zip(NAMES, actual, expected):
            bad = ~np.isclose(got, exp, rtol=1e-7, atol=1e-9)
            if bad.any():
                idx = tuple(int(i) for i in np.argwhere(bad)[0])
                return (f"{name}: {int(bad.sum())} of {bad.size} values differ (tolerance: "
                        f"relative 1e-7, absolute 1e-9); first at {list(idx)}: expected "
                        f"{float(exp[idx])!r}, got {float(got[idx])!r}")
        return None
    return check


EXACT = make_check(False)
WITH_FD = make_check(True)


def c(X, W, b, dY, activation, fd=False, **options):
    return case(X, W, b, dY, activation, check=WITH_FD if fd else EXACT, **options)


def _random(seed, n, d, m, dtype=np.float64):
    g = np.random.default_rng(seed)
    return (g.normal(size=(n, d)).astype(dtype), g.normal(size=(d, m)).astype(dtype),
            g.normal(size=m).astype(dtype), g.normal(size=(n, m)).astype(dtype))


X_EX = np.array([[1.0, 2.0, 0.0], [-1.0, 0.0, 3.0]])
W_EX = np.array([[1.0, -1.0], [0.5, 1.0], [0.0, 2.0]])
B_EX = np.array([0.0, -1.0])
DY_EX = np.array([[1.0, 2.0], [3.0, -1.0]])


def _integer_grid():
    g = np.random.default_rng(8)
    return (g.integers(-2, 3, size=(6, 4)).astype(np.float64),
            g.integers(-1, 2, size=(4, 5)).astype(np.float64),
            g.integers(-1, 2, size=5).astype(np.float64),
            g.integers(-3, 4, size=(6, 5)).astype(np.float64))


CASES = [
    c(X_EX, W_EX, B_EX, DY_EX, "linear",
      expected=(np.array([[2.0, 0.0], [-1.0, 6.0]]), np.array([[-1.0, 2.5, 4.0], [4.0, 0.5, -2.0]]),
                np.array([[-2.0, 3.0], [2.0, 4.0], [9.0, -3.0]]), np.array([4.0, 1.0])),
      sample=True, name="worked example, linear"),
    c(X_EX, W_EX, B_EX, DY_EX, "relu",
      expected=(np.array([[2.0, 0.0], [0.0, 6.0]]), np.array([[1.0, 0.5, 0.0], [1.0, -1.0, -2.0]]),
                np.array([[1.0, 1.0], [2.0, 0.0], [0.0, -3.0]]), np.array([1.0, -1.0])),
      sample=True, name="worked example, relu: no gradient where Z <= 0 (Z = 0 included)"),
    c(*_random(1, 5, 4, 3), "relu", fd=True, sample=True,
      name="random 5 x 4 -> 3, relu: gradients match finite differences"),
    c(*_random(2, 1, 6, 2), "linear", fd=True, name="a single row: db has shape (M,), not (1, M)"),
    c(*_random(3, 40, 3, 7), "linear", fd=True,
      name="40 rows: dW and db are sums over the batch, not means"),
    c(*_random(4, 7, 5, 4), "relu", fd=True, name="relu, 7 x 5 -> 4"),
    c(np.zeros((0, 3)), np.ones((3, 2)), np.array([0.5, -0.5]), np.zeros((0, 2)), "relu",
      expected=(np.zeros((0, 2)), np.zeros((0, 3)), np.zeros((3, 2)), np.zeros(2)),
      name="empty batch: zero gradients for W and b"),
    c(*_integer_grid(), "relu", name="integer-valued data: many pre-activations exactly 0"),
    c(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[-1.0], [-1.0]]), np.array([-0.5]),
      np.array([[5.0], [-5.0]]), "relu",
      expected=(np.zeros((2, 1)), np.zeros((2, 2)), np.zeros((2, 1)), np.zeros(1)),
      name="relu with every unit off: everything but Y is zero"),
    c(np.array([[1, -2, 3]]), np.array([[2, 0], [1, -1], [0, 4]]), np.array([1, 1]),
      np.array([[1, -1]]), "relu", name="int64 inputs give float64 outputs"),
    c(*_random(5, 6, 3, 2, np.float32), "linear", name="float32 inputs give float64 outputs"),
    c(*_random(6, 3, 4, 4)[:3], np.zeros((3, 4)), "relu", name="zero upstream gradient"),
    c(*_random(7, 4, 4, 4), "linear", fd=True, name="square shapes: check the transposes"),
    case(*_random(10, 3, 2, 2), check=EXACT, name="activation left out: the default is linear"),
    c(*_random(9, 100_000, 8, 4), "relu", time_limit=1.0,
      name="100,000 rows (a Python loop over rows is too slow)"),
]


@generate(count=8, seed=404)
def random_layers(rng):
    n, d, m = rng.randint(1, 9), rng.randint(1, 6), rng.randint(1, 6)
    return c(*_random(rng.randrange(2**32), n, d, m), rng.choice(["linear", "relu"]), fd=True)
