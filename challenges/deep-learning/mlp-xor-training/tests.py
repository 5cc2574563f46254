import math

import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

NAMES = ("losses", "W1", "b1", "W2", "b2")
X_XOR = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y_XOR = np.array([0.0, 1.0, 1.0, 0.0])


def _close(a, b):
    return np.allclose(a, b, rtol=1e-7, atol=1e-10)


def check(actual, expected, *args, **kwargs):
    if type(actual) is not tuple or len(actual) != 5:
        return f"expected a tuple (losses, W1, b1, W2, b2), got {type(actual).__name__}"
    losses, exp_losses = actual[0], expected[0]
    if type(losses) is not list or any(type(v) is not float for v in losses):
        return "losses: expected a list of Python floats"
    if len(losses) != len(exp_losses):
        return f"losses: expected {len(exp_losses)} values (one per epoch), got {len(losses)}"
    for k, (got, exp) in enumerate(zip(losses, exp_losses)):
        if not math.isclose(got, exp, rel_tol=1e-7, abs_tol=1e-10):
            return f"losses[{k}]: expected {exp!r}, got {got!r}"
    for name, got, exp in zip(NAMES[1:4], actual[1:4], expected[1:4]):
        if type(got) is not np.ndarray or got.dtype != np.float64 or got.shape != exp.shape:
            return f"{name}: expected a float64 array of shape {exp.shape}"
        if not _close(got, exp):
            return f"{name}: expected {exp.tolist()}, got {got.tolist()}"
    if type(actual[4]) is not float:
        return f"b2: expected a Python float, got {type(actual[4]).__name__}"
    if not math.isclose(actual[4], expected[4], rel_tol=1e-7, abs_tol=1e-10):
        return f"b2: expected {expected[4]!r}, got {actual[4]!r}"
    return None


def learns_xor(actual, expected, *args, **kwargs):
    problem = check(actual, expected)
    if problem:
        return problem
    _, W1, b1, W2, b2 = actual
    predictions = (np.tanh(X_XOR @ W1 + b1) @ W2 + b2 > 0).tolist()
    assert predictions == [False, True, True, False], f"the trained network predicts {predictions} on XOR"
    assert actual[0][-1] < 0.01, f"the final loss is {actual[0][-1]:.4g}; below 0.01 expected"
    return None


def c(*args, kwargs=None, **options):
    return case(*args, check=options.pop("check", check), kwargs=kwargs, **options)


def _init(seed, d, k, scale=1.0, dtype=np.float64):
    g = np.random.default_rng(seed)
    return ((g.normal(size=(d, k)) * scale).astype(dtype), np.zeros(k, dtype=dtype),
            (g.normal(size=k) * scale).astype(dtype), 0.0)


def _init_xor(seed):
    g = np.random.default_rng(seed)
    return g.normal(size=(2, 4)), np.zeros(4), g.normal(size=4), 0.0


def _one_step():
    """One epoch by hand on a single example: D = K = 1."""
    x, t, w1, b1, w2, b2, lr = 1.0, 1.0, 0.5, 0.0, 2.0, 0.0, 0.1
    h = math.tanh(w1 * x + b1)
    z = w2 * h + b2
    s = 1.0 / (1.0 + math.exp(-z))
    loss = -math.log(s)
    dz = s - t
    dw2, db2 = dz * h, dz
    da = dz * w2 * (1.0 - h * h)
    dw1, db1 = da * x, da
    return ([loss], np.array([[w1 - lr * dw1]]), np.array([b1 - lr * db1]), np.array([w2 - lr * dw2]),
            b2 - lr * db2)


CASES = [
    c(X_XOR, Y_XOR, *_init_xor(1), 1.0, 1000, check=learns_xor, sample=True,
      name="XOR, seed 1, lr 1.0, 1000 epochs: learnt, final loss below 0.01"),
    c(X_XOR, Y_XOR, *_init_xor(1), 1.0, 3, sample=True, name="the first three epochs, exactly"),
    c(np.array([[1.0]]), np.array([1.0]), np.array([[0.5]]), np.array([0.0]), np.array([2.0]), 0.0, 0.1, 1,
      expected=_one_step(), sample=True, name="one epoch on one example, by hand"),
    c(X_XOR, Y_XOR, *_init_xor(1), 1.0, 0, expected=([], *_init_xor(1)),
      name="epochs = 0: no losses, the initial parameters"),
    c(X_XOR, Y_XOR, *_init_xor(2), 1.0, 1000, check=learns_xor, name="XOR, seed 2"),
    c(X_XOR, Y_XOR, *_init_xor(3), kwargs={"epochs": 5000}, check=learns_xor, time_limit=2.0,
      name="lr left out (0.5), 5000 epochs"),
    c(X_XOR, Y_XOR, *_init_xor(4), name="lr and epochs left out: 0.5 and 1000"),
    c(X_XOR, Y_XOR, *_init_xor(0), 1.0, 200, name="seed 0: a start that gets stuck, still exact"),
    c(X_XOR, Y_XOR, *_init(5, 2, 4, scale=400.0), 0.01, 5,
      name="huge weights: logits of hundreds, the loss stays finite"),
    c(np.array([[3.0, -1.0, 2.0], [0.5, 0.5, 0.5]]), np.array([1.0, 0.0]), *_init(6, 3, 2), 0.3, 20,
      name="D = 3, K = 2, N = 2"),
    c(np.array([[1, 0], [0, 1], [1, 1]]), np.array([1, 1, 0]), np.array([[1, -1], [-1, 1]]), np.array([0, 0]),
      np.array([1, 1]), 0, 0.5, 10, name="int64 inputs"),
    c(X_XOR, Y_XOR, *_init(7, 2, 3, dtype=np.float32), 0.5, 10, name="float32 inputs give float64"),
    c(X_XOR, Y_XOR, *_init(8, 2, 1), 0.5, 50, name="one hidden unit"),
]


@generate(count=8, seed=12)
def random_nets(rng):
    g = numpy_rng(rng)
    n, d, k = int(g.integers(1, 7)), int(g.integers(1, 4)), int(g.integers(1, 5))
    X = g.normal(size=(n, d))
    y = g.integers(0, 2, size=n).astype(np.float64)
    return c(X, y, *_init(rng.randrange(2**32), d, k), float(g.choice([0.05, 0.5, 2.0])), int(g.integers(0, 30)))
