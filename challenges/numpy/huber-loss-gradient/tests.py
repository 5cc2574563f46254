import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "close", "rel_tol": 1e-12, "abs_tol": 1e-15}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _regression(seed, n, outliers, scale=1.0):
    g = np.random.default_rng(seed)
    y = scale * g.normal(size=n)
    pred = y + scale * g.normal(0, 0.5, size=n)
    pred[g.choice(n, size=outliers, replace=False)] += scale * g.choice([-1, 1], size=outliers) * 20
    return y, pred


CASES = [
    case(np.array([1.0, 2.0, 3.0, 4.0]), np.array([1.5, 2.0, 6.0, 0.0]),
         expected=(1.53125, np.array([0.125, 0.0, 0.25, -0.25])), sample=True,
         name="worked example: both branches, default delta=1"),
    case(np.array([0.0, 0.0]), np.array([3.0, -0.5]), 2.0,
         expected=((2.0 * (3.0 - 1.0) + 0.125) / 2, np.array([1.0, -0.25])), sample=True,
         name="delta=2"),
    case(np.array([5.0, 5.0, 5.0]), np.array([5.0, 5.0, 5.0]), expected=(0.0, np.zeros(3)), sample=True,
         name="perfect predictions: zero loss and gradient"),
    case(np.array([0.0]), np.array([10.0]), expected=(9.5, np.array([1.0])), name="one element, linear branch"),
    case(np.array([0.0, 0.0]), np.array([-0.2, 7.0]), 0.5,
         expected=((0.02 + 0.5 * 6.75) / 2, np.array([-0.1, 0.25])), name="two elements, delta=0.5"),
    case(np.array([0.0, 0.0]), np.array([1.0, -1.0]), expected=(0.5, np.array([0.5, -0.5])),
         name="residuals exactly at delta"),
    case(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[0.0, 2.5], [3.0, 10.0]]),
         expected=((0.5 + 0.125 + 0.0 + 5.5) / 4, np.array([[-0.25, 0.125], [0.0, 0.25]])),
         name="2-D arrays: the gradient keeps the shape"),
    case(np.array([0.0, 0.0]), np.array([1e300, -1e300]), expected=(1e300 - 0.5, np.array([0.5, -0.5])),
         name="residuals of 1e300: no overflow"),
    case(np.array([0.0, 0.0]), np.array([1e-200, 3e-100]), 1e-100,
         expected=((0.5e-400 + 1e-100 * (3e-100 - 0.5e-100)) / 2, np.array([0.5e-200, 0.5e-100])),
         name="delta=1e-100 with tiny residuals"),
    case(np.array([0.0, 0.0]), np.array([1e99, -3e100]), 1e100,
         expected=((0.5e198 + 1e100 * (3e100 - 0.5e100)) / 2, np.array([0.5e99, -0.5e100])),
         name="delta=1e100"),
    case(np.array([3, -1, 4], dtype=np.int64), np.array([0, 0, 4], dtype=np.int64),
         expected=((2.5 + 0.5 + 0.0) / 3, np.array([-1 / 3, 1 / 3, 0.0])), name="integer inputs"),
    case(*_regression(11, 50, 5), name="50 predictions with 5 outliers"),
    case(*_regression(12, 50, 5, scale=1e-3), 1e-3, name="small scale with delta=1e-3"),
]


@generate(count=12, seed=809)
def random_residuals(rng):
    g = numpy_rng(rng)
    n = rng.randint(1, 20)
    delta = rng.choice([0.1, 0.5, 1.0, 2.0, 5.0])
    y = np.round(g.normal(0, 3, size=n), 1)
    pred = np.round(y + g.normal(0, 2 * delta, size=n), 1)
    return case(y, pred) if rng.random() < 0.3 else case(y, pred, delta)
