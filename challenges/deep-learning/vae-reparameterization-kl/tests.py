import math

import numpy as np

from drill import case, generate
from drill.testkit import gradient_problem, numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

ARRAYS = {0: "z", 2: "dmu", 3: "dlogvar"}


def _loss(mu, logvar, eps, dz, reduction):
    """L = sum(z * dz) + kl, written independently of the reference."""
    z = mu + np.sqrt(np.exp(logvar)) * eps
    kl = 0.5 * (mu**2 + np.exp(logvar) - 1.0 - logvar).sum()
    if reduction == "mean":
        kl /= mu.shape[0]
    return float((z * dz).sum() + kl)


def make_check(finite_differences):
    def check(actual, expected, mu, logvar, eps, dz, reduction="mean"):
        if type(actual) is not tuple or len(actual) != 4:
            return f"expected a tuple (z, kl, dmu, dlogvar), got {type(actual).__name__}"
        for i, name in ARRAYS.items():
            got, exp = actual[i], expected[i]
            if type(got) is not np.ndarray:
                return f"{name}: expected a numpy.ndarray, got {type(got).__name__}"
            if got.shape != exp.shape:
                return f"{name}: shape must be {exp.shape}, got {got.shape}"
            if got.dtype != np.float64:
                return f"{name}: dtype must be float64, got {got.dtype}"
        if type(actual[1]) is not float:
            return f"kl: expected a Python float, got {type(actual[1]).__name__}"
        if finite_differences:
            m, lv, e, d = (np.asarray(a, dtype=np.float64) for a in (mu, logvar, eps, dz))
            for name, got, f, at in (
                ("dmu", actual[2], lambda v: _loss(v, lv, e, d, reduction), m),
                ("dlogvar", actual[3], lambda v: _loss(m, v, e, d, reduction), lv),
            ):
                problem = gradient_problem(name, got, f, at)
                if problem:
                    return f"{problem}, with L = sum(z * dz) + kl and reduction={reduction!r}"
        if not math.isclose(actual[1], expected[1], rel_tol=1e-9, abs_tol=1e-12):
            return f"kl: expected {expected[1]!r}, got {actual[1]!r}"
        for i, name in ARRAYS.items():
            got, exp = actual[i], expected[i]
            bad = ~np.isclose(got, exp, rtol=1e-9, atol=1e-12)
            if bad.any():
                where = tuple(int(j) for j in np.argwhere(bad)[0])
                return (f"{name}: {int(bad.sum())} of {bad.size} values differ; first at {list(where)}: "
                        f"expected {float(exp[where])!r}, got {float(got[where])!r}")
        return None
    return check


EXACT = make_check(False)
WITH_FD = make_check(True)


def c(*args, fd=False, **options):
    return case(*args, check=WITH_FD if fd else EXACT, **options)


def _random(seed, n, d, mu_scale=1.0, lv_scale=1.0, dtype=np.float64):
    g = np.random.default_rng(seed)
    return ((g.normal(size=(n, d)) * mu_scale).astype(dtype), (g.normal(size=(n, d)) * lv_scale).astype(dtype),
            g.normal(size=(n, d)).astype(dtype), g.normal(size=(n, d)).astype(dtype))


MU = np.array([[0.0, 1.0], [2.0, -1.0]])
LV = np.array([[0.0, math.log(4.0)], [0.0, 0.0]])
EPS = np.array([[1.0, 0.5], [-1.0, 2.0]])
Z = np.array([[1.0, 2.0], [1.0, 1.0]])
KL_SUM = 4.5 - math.log(2.0)


CASES = [
    c(MU, LV, EPS, np.ones((2, 2)), "sum", sample=True, name="worked example, reduction='sum'",
      expected=(Z, KL_SUM, np.array([[1.0, 2.0], [3.0, 0.0]]), np.array([[0.5, 2.0], [-0.5, 1.0]]))),
    case(MU, LV, EPS, np.zeros((2, 2)), check=EXACT, sample=True,
         name="worked example, reduction left out: 'mean' divides by N = 2",
         expected=(Z, KL_SUM / 2, np.array([[0.0, 0.5], [1.0, -0.5]]), np.array([[0.0, 0.75], [0.0, 0.0]]))),
    c(*_random(1, 4, 3), "mean", fd=True, sample=True, name="random 4 x 3: gradients match finite differences"),
    c(np.zeros((3, 5)), np.zeros((3, 5)), np.ones((3, 5)), np.zeros((3, 5)), "sum",
      expected=(np.ones((3, 5)), 0.0, np.zeros((3, 5)), np.zeros((3, 5))),
      name="the posterior equals the prior: KL 0, zero gradients"),
    c(np.array([[3.0]]), np.array([[0.0]]), np.array([[0.0]]), np.array([[0.0]]), "mean",
      expected=(np.array([[3.0]]), 4.5, np.array([[3.0]]), np.array([[0.0]])),
      name="N = D = 1, only the mean differs: KL = mu**2 / 2"),
    c(*_random(2, 6, 4), "sum", fd=True, name="random 6 x 4, sum"),
    c(*_random(3, 9, 2), "mean", fd=True, name="mean divides by N, not by N * D"),
    c(*_random(4, 1, 8), "mean", fd=True, name="a single row: mean equals sum"),
    c(np.zeros((2, 2)), np.full((2, 2), -50.0), np.ones((2, 2)), np.ones((2, 2)), "sum",
      name="logvar = -50: std ~ 1.4e-11, KL = 2 * (50 - 1 + e**-50) per row"),
    c(np.zeros((2, 2)), np.full((2, 2), 50.0), np.ones((2, 2)), np.ones((2, 2)), "sum",
      name="logvar = 50: exp(logvar) ~ 5.2e21"),
    c(np.full((2, 3), 1e100), np.zeros((2, 3)), np.ones((2, 3)), np.ones((2, 3)), "mean",
      name="mu = 1e100: KL = 1.5e200 per row"),
    c(np.full((2, 2), 1e-100), np.full((2, 2), 1e-12), np.full((2, 2), 1e100), np.full((2, 2), 1e-100),
      "sum", name="tiny mu and logvar, huge eps"),
    c(np.array([[1, -2], [0, 3]]), np.array([[0, 1], [-1, 2]]), np.array([[1, 1], [2, -1]]),
      np.array([[1, 0], [0, 1]]), "sum", name="int64 inputs give float64 arrays"),
    c(*_random(5, 3, 3, dtype=np.float32), "mean", name="float32 inputs give float64 arrays"),
    c(*_random(6, 5, 4, mu_scale=10.0, lv_scale=5.0), "mean", fd=True, name="wide posteriors"),
    c(*_random(7, 20_000, 64), "mean", time_limit=2.0, name="20,000 x 64 (vectorised)"),
]


@generate(count=10, seed=8)
def random_codes(rng):
    g = numpy_rng(rng)
    n, d = int(g.integers(1, 7)), int(g.integers(1, 6))
    args = _random(rng.randrange(2**32), n, d, float(g.choice([0.1, 1.0, 3.0])), float(g.choice([0.1, 1.0, 2.0])))
    return c(*args, rng.choice(["mean", "sum"]), fd=True)
