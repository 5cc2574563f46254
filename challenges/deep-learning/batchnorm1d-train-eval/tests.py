import numpy as np

from drill import case, generate
from drill.testkit import gradient_problem, numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

NAMES = ("Y", "dX", "dgamma", "dbeta", "new_running_mean", "new_running_var")


def _loss(x, dY, gamma, beta, rm, rv, training, eps):
    """L = sum(Y * dY), the forward pass written independently of the reference."""
    if training:
        mu, var = x.mean(axis=0), x.var(axis=0)
    else:
        mu, var = rm, rv
    return float(((gamma * (x - mu) / np.sqrt(var + eps) + beta) * dY).sum())


def _fd_problem(actual, x, dY, gamma, beta, rm, rv, training, eps):
    x, dY, gamma, beta, rm, rv = (np.asarray(a, dtype=np.float64) for a in (x, dY, gamma, beta, rm, rv))
    checks = (
        ("dX", actual[1], lambda v: _loss(v, dY, gamma, beta, rm, rv, training, eps), x),
        ("dgamma", actual[2], lambda v: _loss(x, dY, v, beta, rm, rv, training, eps), gamma),
        ("dbeta", actual[3], lambda v: _loss(x, dY, gamma, v, rm, rv, training, eps), beta),
    )
    for name, got, f, at in checks:
        problem = gradient_problem(name, got, f, at)
        if problem:
            return f"{problem}, with L = sum(Y * dY) and training={training}"
    return None


def make_check(finite_differences):
    def check(actual, expected, x, dY, gamma, beta, rm, rv, training=True, momentum=0.1, eps=1e-5):
        if type(actual) is not tuple or len(actual) != 6:
            return f"expected a tuple of six arrays {NAMES}, got {type(actual).__name__}"
        for name, got, exp in zip(NAMES, actual, expected):
            if type(got) is not np.ndarray:
                return f"{name}: expected a numpy.ndarray, got {type(got).__name__}"
            if got.shape != exp.shape:
                return f"{name}: shape must be {exp.shape}, got {got.shape}"
            if got.dtype != np.float64:
                return f"{name}: dtype must be float64, got {got.dtype}"
        if finite_differences:
            problem = _fd_problem(actual, x, dY, gamma, beta, rm, rv, training, eps)
            if problem:
                return problem
        for name, got, exp in zip(NAMES, actual, expected):
            bad = ~np.isclose(got, exp, rtol=1e-7, atol=1e-9)
            if bad.any():
                idx = tuple(int(i) for i in np.argwhere(bad)[0])
                return (f"{name}: {int(bad.sum())} of {bad.size} values differ (relative tolerance "
                        f"1e-7); first at {list(idx)}: expected {float(exp[idx])!r}, got {float(got[idx])!r}")
        return None
    return check


EXACT = make_check(False)
WITH_FD = make_check(True)


def c(*args, fd=False, kwargs=None, **options):
    return case(*args, check=WITH_FD if fd else EXACT, kwargs=kwargs, **options)


def _random(seed, n, ch, offset=0.0, scale=1.0, dtype=np.float64):
    g = np.random.default_rng(seed)
    return (
        (offset + scale * g.normal(size=(n, ch))).astype(dtype),
        g.normal(size=(n, ch)).astype(dtype),
        g.uniform(0.5, 2.0, size=ch).astype(dtype),
        g.normal(size=ch).astype(dtype),
        g.normal(size=ch).astype(dtype),
        g.uniform(0.5, 2.0, size=ch).astype(dtype),
    )


X_EX = np.array([[1.0, 10.0], [2.0, 10.0], [3.0, 10.0], [6.0, 10.0]])
DY_EX = np.array([[1.0, 1.0], [0.0, 2.0], [-1.0, 0.0], [2.0, 1.0]])
G_EX, B_EX = np.array([2.0, 1.0]), np.array([0.5, 0.0])


def _eval_expected():
    inv = 1.0 / np.sqrt(np.array([4.0, 1.0]) + 1e-5)
    x_hat = (X_EX - np.array([3.0, 10.0])) * inv
    return (G_EX * x_hat + B_EX, DY_EX * G_EX * inv, (DY_EX * x_hat).sum(axis=0), np.array([2.0, 4.0]),
            np.array([3.0, 10.0]), np.array([4.0, 1.0]))


def _two_rows():
    # N = 2: mean 1, biased var 1, unbiased var 2; x_hat = [-1, 1] up to eps
    inv = 1.0 / np.sqrt(1.0 + 1e-5)
    x = np.array([[0.0], [2.0]])
    dY = np.array([[3.0], [1.0]])
    x_hat = np.array([[-1.0], [1.0]]) * inv
    # g = dY; mean(g) = 2; mean(g * x_hat) = -inv; dX = inv * (g - 2 - x_hat * (-inv))
    dX = inv * (dY - 2.0 + x_hat * inv)
    return (x, dY, np.ones(1), np.zeros(1), np.zeros(1), np.ones(1)), (
        x_hat, dX, np.array([-2.0 * inv]), np.array([4.0]), np.array([0.1]), np.array([0.9 + 0.1 * 2.0]))


TWO_ARGS, TWO_EXPECTED = _two_rows()


CASES = [
    c(X_EX, DY_EX, G_EX, B_EX, np.zeros(2), np.ones(2), fd=True, sample=True,
      name="worked example, training: a constant column normalises to 0 and Y = beta"),
    c(X_EX, DY_EX, G_EX, B_EX, np.array([3.0, 10.0]), np.array([4.0, 1.0]), False, sample=True,
      expected=_eval_expected(), name="worked example, eval: the running statistics, left unchanged"),
    c(*_random(1, 6, 3), fd=True, sample=True, name="random 6 x 3, training: gradients match finite differences"),
    c(*TWO_ARGS, expected=TWO_EXPECTED, name="N = 2: the running variance is unbiased (/ (N - 1))"),
    c(*_random(2, 5, 4), True, 0.0, fd=True, name="momentum 0: running statistics unchanged"),
    c(*_random(3, 5, 4), True, 1.0, fd=True, name="momentum 1: running statistics become the batch's"),
    c(*_random(4, 7, 2), True, 0.3, 1e-3, fd=True, name="momentum 0.3 and eps 1e-3"),
    c(*_random(5, 40, 5, scale=3.0), fd=True, name="40 rows: dgamma and dbeta are sums, not means"),
    c(*_random(6, 5, 3), False, fd=True, name="eval, random: the statistics are constants for dX"),
    c(*_random(7, 1, 4), False, name="eval with a single row"),
    c(*_random(8, 4, 3)[:5], np.zeros(3), False, name="eval with running_var 0: eps keeps it finite"),
    c(np.full((3, 2), -4.0), np.array([[1.0, 2.0], [3.0, -1.0], [0.0, 5.0]]), np.array([1.5, 0.5]),
      np.array([-1.0, 2.0]), np.zeros(2), np.ones(2),
      name="every column constant: Y = beta, dgamma = 0"),
    c(*_random(9, 8, 3, offset=1e8), fd=False,
      name="values near 1e8 with unit spread: the variance must come from centred values"),
    c(*_random(10, 6, 2, scale=1e100), name="values of 1e100"),
    c(*_random(11, 6, 2, scale=1e-100), name="values of 1e-100: eps dominates the variance"),
    c(np.array([[1, 2], [3, 5], [4, 4]]), np.array([[1, 0], [0, 1], [1, 1]]), np.array([1, 2]),
      np.array([0, 1]), np.array([0, 0]), np.array([1, 1]), name="int64 inputs give float64 outputs"),
    c(*_random(12, 5, 3, dtype=np.float32), name="float32 inputs give float64 outputs"),
    case(*_random(13, 6, 3), check=WITH_FD, name="training, momentum and eps left out: the defaults"),
    c(*_random(14, 4, 3), kwargs={"training": False}, name="training=False as a keyword"),
    c(*_random(15, 3, 2), kwargs={"eps": 0.5}, fd=True, name="a large eps as a keyword"),
    c(*_random(16, 50_000, 64), time_limit=2.0, name="50,000 x 64 (vectorised over the batch)"),
]


@generate(count=10, seed=99)
def random_batches(rng):
    g = numpy_rng(rng)
    training = rng.random() < 0.7
    n = int(g.integers(2 if training else 1, 9))
    args = _random(rng.randrange(2**32), n, int(g.integers(1, 5)), scale=float(g.choice([0.1, 1.0, 10.0])))
    return c(*args, training, float(g.choice([0.0, 0.1, 0.5, 1.0])), float(g.choice([1e-5, 1e-3, 0.1])), fd=True)
