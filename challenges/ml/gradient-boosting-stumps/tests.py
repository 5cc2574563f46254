import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "ndarray", "rtol": 1e-7, "atol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

EX_X = np.array([[1.0], [2.0], [3.0], [4.0]])
EX_Y = np.array([1.0, 1.0, 3.0, 5.0])
EX_T = np.array([[0.0], [2.5], [3.5], [10.0]])


def _problem(seed, n, d, m, noise=0.1, y_scale=1.0, x_scale=1.0, x_shift=0.0):
    g = np.random.default_rng(seed)
    X = g.normal(0, 1, (n, d))
    y = 3 * np.sin(X[:, 0]) + (X[:, -1] > 0.3) * 2 + g.normal(0, noise, n)
    X_test = g.normal(0, 1.2, (m, d))
    return X * x_scale + x_shift, y * y_scale, X_test * x_scale + x_shift


CASES = [
    case(EX_X, EX_Y, EX_T, 2, 0.5, expected=np.array([35 / 24, 35 / 24, 71 / 24, 4.125]), sample=True,
         name="worked example: two stumps, learning rate 0.5"),
    case(EX_X, EX_Y, EX_T, 1, 1.0, expected=np.array([1.0, 1.0, 4.0, 4.0]), sample=True,
         name="one stump at learning rate 1: the best single split"),
    case(*_problem(1, 40, 2, 6), sample=True, name="defaults: 100 stumps, learning rate 0.1"),
    case(*_problem(2, 30, 3, 5), 20, name="learning_rate defaults to 0.1"),
    case(np.array([[1.0], [2.0], [3.0]]), np.array([0.0, 3.0, 0.0]), np.array([[1.0], [2.0], [3.0]]), 1, 1.0,
         expected=np.array([0.0, 1.5, 1.5]),
         name="two thresholds equally good: the smaller one (1.5) wins"),
    case(np.array([[1.0, 1.0], [2.0, 2.0], [3.0, 3.0], [4.0, 4.0]]), np.array([0.0, 0.0, 4.0, 4.0]),
         np.array([[1.0, 4.0], [4.0, 1.0]]), 1, 1.0, expected=np.array([0.0, 4.0]),
         name="two features equally good: the lower feature index wins"),
    case(np.array([[1.0], [1.0], [2.0], [2.0], [2.0], [5.0]]), np.array([1.0, 2.0, 4.0, 5.0, 6.0, 0.0]),
         np.array([[1.0], [1.5], [2.0], [3.5], [5.0]]), 3, 0.7, name="repeated values: thresholds only between distinct ones"),
    case(np.array([[3.0, 7.0]] * 4), np.array([1.0, 2.0, 3.0, 6.0]), np.array([[0.0, 0.0], [3.0, 7.0]]),
         expected=np.array([3.0, 3.0]), name="every feature constant: no split, the mean"),
    case(np.array([[2.0, -1.0]]), np.array([4.5]), np.array([[0.0, 0.0], [9.0, 9.0]]), 5, 0.3,
         expected=np.array([4.5, 4.5]), name="one training row"),
    case(np.array([[0.0], [1.0]]), np.array([-2.0, 6.0]), np.array([[0.4], [0.6]]), 3, 0.5,
         expected=np.array([2.0 - 4.0 * 0.875, 2.0 + 4.0 * 0.875]), name="two training rows"),
    case(*_problem(3, 20, 2, 0), 10, 0.2, expected=np.zeros(0), name="no test rows"),
    case(*_problem(4, 30, 2, 8), 50, 1.0, name="learning rate 1: the training residuals shrink fast"),
    case(np.array([[1, 5], [2, 3], [4, 4], [5, 1], [7, 0]]), np.array([10, 8, 13, 9, 12]),
         np.array([[3, 3], [6, 1]]), 4, 0.5, name="integer inputs"),
    case(*_problem(5, 40, 3, 6, y_scale=1e10), 30, name="targets near 1e10"),
    case(*_problem(6, 40, 3, 6, x_scale=1e100), 30, name="features near 1e100"),
    case(*_problem(7, 40, 3, 6, x_shift=1e6), 30, name="features near 1e6 ± 1: midpoints still separate them"),
    case(*_problem(8, 2000, 10, 200), 100, 0.1, time_limit=5.0,
         name="2,000 rows x 10 features, 100 stumps: sort once, scan with cumulative sums"),
]


@generate(count=12, seed=97)
def random_problems(rng):
    g = numpy_rng(rng)
    X, y, X_test = _problem(int(g.integers(2**32)), rng.randint(1, 30), rng.randint(1, 4), rng.randint(1, 5),
                            noise=rng.choice([0.0, 0.5]))
    if X.shape[1] == 1 and rng.random() < 0.5:
        # repeated values; with one feature only, since with several, rounded features often
        # give the same partition, an exact tie that rounding in the sums would decide
        X = np.round(X)
    return case(X, y, X_test, rng.randint(1, 15), rng.choice([0.05, 0.3, 1.0]))
