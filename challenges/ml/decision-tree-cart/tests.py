import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "ndarray", "dtype": "kind"}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

EX_X = np.array([[1, 1], [2, 1], [3, 2], [4, 2], [5, 3], [6, 3]])
EX_Y = np.array([0, 0, 1, 1, 0, 0])
EX_T = np.array([[1.5, 1], [3.5, 2], [5.5, 3]])
XOR_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
XOR_Y = np.array([0, 1, 1, 0])


def _problem(seed, n, d, m, k=3, noise=0.1, scale=1.0, shift=0.0):
    """Labels from a few axis-aligned rules, with some noise."""
    g = np.random.default_rng(seed)
    X = g.normal(0, 1, (n, d))
    y = ((X[:, 0] > 0.2).astype(int) + (X[:, -1] > -0.5) + (X[:, 0] * X[:, -1] > 0.3)) % k
    flip = g.random(n) < noise
    y[flip] = g.integers(0, k, flip.sum())
    X_test = g.normal(0, 1.2, (m, d))
    return X * scale + shift, y, X_test * scale + shift


CASES = [
    case(EX_X, EX_Y, EX_T, expected=np.array([0, 1, 0]), sample=True,
         name="worked example: no depth limit (defaults)"),
    case(EX_X, EX_Y, EX_T, 1, expected=np.array([0, 0, 0]), sample=True,
         name="max_depth = 1: a leaf with a 2-2 tie predicts the smaller label"),
    case(np.array([[0.5], [1.0], [1.5], [4.0], [4.5], [5.0], [9.0]]),
         np.array(["cat", "cat", "dog", "dog", "dog", "bird", "bird"]),
         np.array([[0.0], [1.2], [1.3], [4.2], [7.0], [10.0]]), sample=True,
         name="string labels"),
    case(XOR_X, XOR_Y, XOR_X, expected=XOR_Y,
         name="XOR: the root split gains nothing but must still be made"),
    case(np.array([[1.0], [2.0], [3.0], [4.0]]), np.array([0, 1, 1, 0]), np.array([[4.0], [1.0]]), 1,
         expected=np.array([1, 0]), name="thresholds 1.5 and 3.5 tie: the smaller one, 1.5, wins"),
    case(np.array([[1.0, 1.0], [2.0, 4.0], [3.0, 2.0], [4.0, 3.0]]), np.array([0, 0, 1, 1]),
         np.array([[1.0, 4.0], [4.0, 1.0]]), expected=np.array([0, 1]),
         name="features 0 and 1 both separate the labels: the lower index wins"),
    case(np.array([[2.0], [4.0]]), np.array([1, 0]), np.array([[3.0], [3.0001], [-1.0], [9.0]]),
         expected=np.array([1, 0, 1, 0]), name="two rows; a value equal to the threshold goes left"),
    case(np.array([[-3.0, 7.0]]), np.array(["z"]), np.array([[0.0, 0.0], [5.0, -5.0]]),
         expected=np.array(["z", "z"]), name="one training row"),
    case(np.array([[3.0, 7.0]] * 4), np.array([2, 1, 2, 1]), np.array([[0.0, 0.0]]),
         expected=np.array([1]), name="every feature constant: no split, a tie goes to the smaller label"),
    case(np.array([[1.0], [2.0], [3.0]]), np.array([5, 5, 5]), np.array([[0.0], [9.0]]),
         expected=np.array([5, 5]), name="a single class: a pure root is a leaf"),
    case(np.array([[1.0], [2.0], [3.0], [4.0], [5.0]]), np.array([0, 1, 0, 1, 1]),
         np.array([[1.0], [2.0], [3.0], [4.0], [5.0]]), None, 3,
         name="min_samples_split = 3: nodes of two rows stay leaves"),
    case(np.array([[1.0], [2.0], [3.0], [4.0]]), np.array([0, 1, 1, 1]),
         np.array([[1.0], [2.0], [3.0], [4.0]]), None, 4, expected=np.array([0, 1, 1, 1]),
         name="min_samples_split equal to the node size: the node is split"),
    case(np.array([[1.0], [2.0], [3.0], [4.0]]), np.array([0, 1, 1, 1]),
         np.array([[1.0], [2.0], [3.0], [4.0]]), None, 5, expected=np.array([1, 1, 1, 1]),
         name="min_samples_split above the number of rows: the root is a leaf"),
    case(np.array([[0, 5], [1, 5], [1, 6], [0, 6], [2, 7], [2, 5]]), np.array([3, 1, 2, 3, 1, 2]),
         np.array([[0, 5], [1, 6], [2, 7], [1, 5], [0, 7]]), 2, name="max_depth = 2, three classes"),
    case(np.array([[True, False], [True, True], [False, True], [False, False], [True, True]]),
         np.array([1, 1, 0, 0, 1]), np.array([[True, False], [False, True]]), name="bool features"),
    case(np.array([[1, 2], [3, 4], [5, 6]]), np.array([0, 1, 0]), np.zeros((0, 2)),
         expected=np.zeros(0, dtype=int), name="no test rows"),
    case(np.array([[1.0], [1.0]]), np.array(["b", "a"]), np.array([[1.0]]),
         expected=np.array(["a"]), name="identical rows with different labels: the smaller label"),
    case(*_problem(1, 60, 3, 20), 3, name="60 rows, max_depth = 3"),
    case(*_problem(2, 80, 4, 20, noise=0.3), None, 6, name="noisy labels, min_samples_split = 6"),
    case(*_problem(3, 50, 2, 15, scale=1e100), name="features near 1e100"),
    case(*_problem(4, 50, 2, 15, scale=1e-3, shift=1e6), name="features near 1e6, differences near 1e-3"),
    case(*_problem(5, 50, 2, 15, scale=1e-100), 4, name="features near 1e-100"),
    case(*_problem(6, 2000, 5, 300, k=4, noise=0.2), time_limit=2.0,
         name="2,000 rows x 5 features, unlimited depth: sort once per node, sweep with cumulative counts"),
]


@generate(count=12, seed=31)
def random_problems(rng):
    g = numpy_rng(rng)
    d = rng.randint(1, 3)
    X, y, X_test = _problem(int(g.integers(2**32)), rng.randint(1, 30), d, rng.randint(1, 8),
                            k=rng.randint(2, 4), noise=rng.choice([0.0, 0.3]))
    if d == 1 and rng.random() < 0.5:
        X, X_test = np.round(X * 2), np.round(X_test * 2)  # repeated values
    return case(X, y, X_test, rng.choice([None, 1, 2, 4]), rng.choice([2, 2, 3, 5]))
