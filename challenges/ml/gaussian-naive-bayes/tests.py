import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "ndarray", "rtol": 1e-7, "atol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

EX_X = np.array([[1.0], [3.0], [6.0], [8.0]])
EX_Y = np.array(["a", "a", "b", "b"])


def _blobs(seed, n, d, k, m, spread=1.0, scale=1.0):
    g = np.random.default_rng(seed)
    centres = g.normal(0, 3, (k, d))
    y = g.integers(0, k, n)
    y[: min(n, k)] = np.arange(min(n, k))
    widths = g.uniform(0.3, 2.0, (k, d)) * spread
    X = centres[y] + g.normal(0, 1, (n, d)) * widths[y]
    X_test = centres[g.integers(0, k, m)] + g.normal(0, 1.5, (m, d)) * spread
    return X * scale, y, X_test * scale


CASES = [
    case(EX_X, EX_Y, np.array([[4.5], [5.0]]), expected=np.array([[0.5, 0.5], [0.07585818002124355, 0.9241418199787566]]),
         sample=True, name="worked example: a tie at 4.5, then class b"),
    case(*_blobs(1, 30, 2, 3, 5), sample=True, name="three classes in two dimensions (var_smoothing defaults to 1e-9)"),
    case(np.array([[0.0, 1.0], [1.0, 1.5], [4.0, 0.0], [5.0, 0.2], [5.0, 0.4]]), np.array([1, 1, 0, 0, 0]),
         np.array([[2.5, 0.8], [0.0, 0.0]]), 0.5, sample=True,
         name="unequal priors, var_smoothing = 0.5: the smoothing is half the largest variance"),
    case(np.array([[1.0, 0.0], [1.0, 2.0], [3.0, 4.0], [5.0, 4.0]]), np.array([0, 0, 1, 1]),
         np.array([[1.0, 1.0], [2.0, 2.0], [1.5, 3.0]]), 1e-3,
         name="a feature constant within a class: its variance is the smoothing alone"),
    case(np.array([[2.0, 7.0], [4.0, 7.0], [9.0, 7.0]]), np.array([0, 1, 2]), np.array([[3.0, 7.0], [8.0, 7.0]]),
         name="one row per class, a feature constant overall"),
    case(np.array([[0.0], [1.0], [10.0], [11.0]]), np.array([0, 0, 1, 1]), np.array([[20.0], [-5.0]]), 1e-12,
         name="var_smoothing = 1e-12: far from both classes, the log-densities are huge"),
    case(np.array([[0.0], [0.0], [1.0], [3.0]]), np.array([0, 0, 1, 1]), np.array([[1000.0], [0.5]]),
         name="a class of variance ε only: log-densities near -1e16, exp underflows without log-sum-exp"),
    case(EX_X, np.array([4, 4, 4, 4]), np.array([[0.0], [100.0]]), expected=np.ones((2, 1)),
         name="a single class: a column of ones"),
    case(np.array([[3.0, -1.0], [5.0, 0.0]]), np.array(["x", "y"]), np.array([[4.0, -0.5], [3.1, -0.9]]),
         name="two training rows, two classes: each class's variance is the smoothing alone"),
    case(EX_X, EX_Y, np.zeros((0, 1)), expected=np.zeros((0, 2)), name="no test rows: shape (0, 2)"),
    case(np.array([[1.0], [2.0], [3.0], [4.0]]), np.array(["b", "a", "b", "a"]), np.array([[2.5]]),
         name="string labels out of order: columns 'a', 'b'"),
    case(*_blobs(2, 40, 3, 4, 6, scale=1e6), name="features near 1e6"),
    case(*_blobs(3, 40, 3, 4, 6, scale=1e-3), 1e-6, name="features near 1e-3"),
    case(*_blobs(4, 40, 3, 2, 6), 1.0, name="var_smoothing = 1: heavy smoothing"),
    case(*_blobs(5, 5000, 20, 8, 2000), time_limit=2.0, name="5,000 rows x 20 features, 8 classes"),
]


@generate(count=12, seed=71)
def random_problems(rng):
    g = numpy_rng(rng)
    X, y, X_test = _blobs(int(g.integers(2**32)), rng.randint(2, 40), rng.randint(1, 4), rng.randint(1, 4),
                          rng.randint(0, 6), spread=rng.choice([0.1, 1.0, 3.0]))
    if rng.random() < 0.5:
        return case(X, y, X_test)
    return case(X, y, X_test, rng.choice([1e-12, 1e-6, 1e-2, 1.0]))
