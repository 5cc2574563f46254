import numpy as np

from drill import case, generate
from grads import ConstantGrad, QuadraticGrad, RosenbrockGrad
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def same_trajectory(actual, expected, grad_fn, x0, steps, *rest, **options):
    """A float64 array of shape (steps + 1, *x0.shape) that follows the expected path."""
    if type(actual) is not np.ndarray:
        return f"expected a numpy.ndarray of iterates, got {type(actual).__name__}"
    if actual.shape != expected.shape:
        return (f"shape must be (steps + 1, *x0.shape) = {expected.shape}, got {actual.shape} "
                "(row 0 is x0, row t the point after t updates)")
    if actual.dtype != np.float64:
        return f"dtype must be float64, got {actual.dtype}"
    for t in range(len(expected)):
        bad = ~np.isclose(actual[t], expected[t], rtol=1e-6, atol=1e-9, equal_nan=False)
        if bad.any():
            idx = tuple(int(i) for i in np.argwhere(bad)[0])
            where = "row 0 (x0 itself)" if t == 0 else f"row {t} (the point after {t} update(s))"
            return (f"{where} differs at coordinate {list(idx)}: expected "
                    f"{float(expected[t][idx])!r}, got {float(actual[t][idx])!r} (tolerance: "
                    f"relative 1e-6, absolute 1e-9)" + (f"; rows 0..{t - 1} match" if t else ""))
    return None


def c(*args, kwargs=None, **options):
    return case(*args, kwargs=kwargs, check=same_trajectory, **options)


def _const_path(g, x0, steps, lr, eps=1e-8):
    """Constant gradient: m_hat = g and v_hat = g**2 at every step, so each step is the same."""
    g, x0 = np.asarray(g, float), np.asarray(x0, float)
    step = lr * g / (np.abs(g) + eps)
    return x0 - np.arange(steps + 1)[:, None] * step


def _big():
    g = np.random.default_rng(5)
    n = 100_000
    return QuadraticGrad(g.normal(size=n), g.uniform(0.1, 10.0, size=n)), g.normal(size=n)


CASES = [
    c(QuadraticGrad([0.0, 0.0], [1.0, 10.0]), np.array([1.0, -1.0]), 3, kwargs={"lr": 0.1},
      sample=True, name="worked example: a quadratic, 3 steps with lr = 0.1"),
    c(ConstantGrad([2.0, -0.5, 0.0]), np.array([0.0, 0.0, 5.0]), 4, kwargs={"lr": 0.01},
      expected=_const_path([2.0, -0.5, 0.0], [0.0, 0.0, 5.0], 4, 0.01), sample=True,
      name="constant gradient: every step moves lr * sign(g); a zero gradient moves nothing"),
    c(QuadraticGrad([1.0], [1.0]), np.array([3]), 0, expected=np.array([[3.0]]), sample=True,
      name="steps = 0: just x0, as float64"),
    c(RosenbrockGrad(), np.array([-1.5, 2.0]), 3000, kwargs={"lr": 0.01},
      name="3,000 steps on the Rosenbrock function: the whole path must match"),
    c(ConstantGrad([1e-8, -1e-8]), np.array([0.0, 0.0]), 5, kwargs={"lr": 0.1},
      expected=_const_path([1e-8, -1e-8], [0.0, 0.0], 5, 0.1),
      name="gradients of 1e-8: eps goes outside the square root, after the bias correction"),
    c(QuadraticGrad([2.0, -1.0], [0.5, 4.0]), np.array([0.0, 0.0]), 25,
      kwargs={"lr": 0.2, "beta1": 0.0}, name="beta1 = 0: no momentum"),
    c(QuadraticGrad([[1.0, 2.0, 3.0], [-1.0, -2.0, -3.0]], [[1.0, 1.0, 1.0], [5.0, 5.0, 5.0]]),
      np.zeros((2, 3)), 6, kwargs={"lr": 0.3}, name="a (2, 3) parameter matrix: shape (7, 2, 3)"),
    c(QuadraticGrad([0.5, 0.5, 0.5], [1.0, 2.0, 3.0]), np.array([4, -2, 0]), 10,
      kwargs={"lr": 0.05}, name="integer x0 gives a float64 path"),
    c(QuadraticGrad([-7.0], [3.0]), np.array([7.0]), 40, kwargs={"lr": 0.5},
      name="a single coordinate, 40 steps"),
    c(QuadraticGrad(np.linspace(-3, 3, 10), np.logspace(-2, 2, 10)), np.zeros(10), 2000,
      kwargs={"lr": 0.05}, name="ill-conditioned 10-D quadratic, 2,000 steps"),
    c(QuadraticGrad([1.0, -1.0], [2.0, 0.5]), np.array([-2.0, 3.0]), 15,
      kwargs={"lr": 0.1, "beta1": 0.5, "beta2": 0.9, "eps": 1e-3},
      name="custom beta1, beta2 and eps"),
    c(QuadraticGrad([1.0, -2.0], [1.0, 3.0]), np.array([0.5, 0.5]), 200,
      name="every default: lr = 0.001, beta1 = 0.9, beta2 = 0.999, eps = 1e-8"),
    c(ConstantGrad([1e-8, -3.0]), np.array([0.0, 1.0]), 4,
      expected=_const_path([1e-8, -3.0], [0.0, 1.0], 4, 0.001),
      name="default lr and eps: a gradient of 1e-8 moves 0.0005 per step"),
    c(*_big(), 20, kwargs={"lr": 0.01}, time_limit=1.0,
      name="100,000 coordinates, 20 steps (a loop over coordinates is too slow)"),
]


@generate(count=8, seed=8)
def random_quadratics(rng):
    g = np.random.default_rng(rng.randrange(2**32))
    d = rng.randint(1, 6)
    grad = QuadraticGrad(g.normal(0, 3, size=d).round(3), g.uniform(0.1, 20, size=d).round(3))
    return c(grad, g.normal(0, 3, size=d).round(3), rng.randint(1, 60),
             kwargs={"lr": rng.choice([0.001, 0.01, 0.1]), "beta1": rng.choice([0.9, 0.8]),
                     "beta2": rng.choice([0.999, 0.99])})
