import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng, spd_matrix
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def check(actual, expected, *args, **kwargs):
    if type(actual) is not np.ndarray:
        return f"expected a numpy.ndarray, got {type(actual).__name__}"
    if actual.shape != expected.shape:
        return f"shape must be {expected.shape} (steps + 1 rows), got {actual.shape}"
    if actual.dtype != np.float64:
        return f"dtype must be float64, got {actual.dtype}"
    bad = ~np.isclose(actual, expected, rtol=1e-9, atol=1e-12)
    if bad.any():
        step, dim = (int(i) for i in np.argwhere(bad)[0])
        return f"x_{step}[{dim}]: expected {float(expected[step, dim])!r}, got {float(actual[step, dim])!r}"
    return None


def c(*args, kwargs=None, **options):
    return case(*args, check=check, kwargs=kwargs, **options)


A_EX, C_EX, X_EX = np.diag([1.0, 10.0]), np.zeros(2), np.array([1.0, 1.0])


def _bowl(seed, d, cond=10.0):
    g = np.random.default_rng(seed)
    return spd_matrix(seed, d, cond), g.normal(size=d), g.normal(size=d)


CASES = [
    c(A_EX, C_EX, X_EX, 3, 0.1, expected=np.array([[1.0, 1.0], [0.9, 0.0], [0.81, 0.0], [0.729, 0.0]]),
      sample=True, name="worked example: plain gradient descent (defaults)"),
    c(A_EX, C_EX, X_EX, 3, 0.1, 0.9, expected=np.array([[1.0, 1.0], [0.9, 0.0], [0.72, -0.9], [0.486, -0.81]]),
      sample=True, name="momentum 0.9: the buffer starts at the first gradient"),
    c(A_EX, C_EX, X_EX, 2, 0.1, 0.9, kwargs={"nesterov": True},
      expected=np.array([[1.0, 1.0], [0.81, -0.9], [0.5751, 0.0]]), sample=True, name="Nesterov"),
    c(A_EX, C_EX, X_EX, 0, 0.1, 0.9, expected=np.array([[1.0, 1.0]]), name="steps = 0: just x0"),
    c(A_EX, C_EX, X_EX, 1, 0.1, 0.9, 0.5, expected=np.array([[1.0, 1.0], [0.9, 0.0]]),
      name="dampening does not apply to the first step"),
    c(A_EX, C_EX, X_EX, 3, 0.1, 0.9, 0.5, name="dampening 0.5 from step 2 on"),
    c(A_EX, C_EX, X_EX, 3, 0.1, kwargs={"weight_decay": 0.5},
      expected=np.array([[1.0, 1.0], [0.85, -0.05], [0.7225, 0.0025], [0.614125, -0.000125]]),
      name="weight decay without momentum"),
    c(A_EX, C_EX, X_EX, 4, 0.1, 0.9, 0.0, 0.01, name="weight decay goes into the momentum buffer"),
    c(A_EX, C_EX, X_EX, 4, 0.1, 0.9, 0.0, 0.01, True, name="Nesterov with weight decay"),
    c(*_bowl(1, 5), 30, 0.05, 0.9, name="a 5-D bowl, 30 steps with momentum"),
    c(*_bowl(2, 4, 100.0), 25, 0.01, 0.95, 0.0, 0.0, True, name="an ill-conditioned bowl, Nesterov"),
    c(*_bowl(3, 3), 20, 0.05, 0.5, 0.3, 0.1, name="every option but Nesterov"),
    c(A_EX, np.array([2.0, -3.0]), X_EX, 10, 0.25, name="lr too large for the steep axis: it oscillates and grows"),
    c(np.array([[2.0]]), np.array([1e100]), np.array([0.0]), 5, 0.25, 0.5, name="a minimum at 1e100 (D = 1)"),
    c(np.array([[2.0]]), np.array([0.0]), np.array([1e-100]), 5, 0.25, 0.5, name="a start at 1e-100"),
    c(np.array([[2, 0], [0, 1]]), np.array([1, 1]), np.array([0, 0]), 3, 1, name="int64 inputs, lr 1"),
    c(*_bowl(4, 50), 2000, 0.01, 0.9, time_limit=2.0, name="2000 steps in 50 dimensions"),
]


@generate(count=10, seed=17)
def random_runs(rng):
    g = numpy_rng(rng)
    d = int(g.integers(1, 5))
    momentum = float(g.choice([0.0, 0.5, 0.9]))
    nesterov = momentum > 0 and rng.random() < 0.4
    dampening = 0.0 if nesterov else float(g.choice([0.0, 0.0, 0.3]))
    return c(*_bowl(rng.randrange(2**31), d), int(g.integers(0, 15)), float(g.choice([0.01, 0.05, 0.1])),
             momentum, dampening, float(g.choice([0.0, 0.0, 0.05])), nesterov)
