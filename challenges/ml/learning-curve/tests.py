import numpy as np
from learners import majority, nearest_mean_list, nearest_neighbour

from drill import case, generate
from drill.testkit import numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

EX_X = np.arange(6).reshape(6, 1)
EX_Y = np.array([0, 0, 1, 0, 1, 1])


def curves_match(actual, expected, *args):
    """(train_scores, val_scores): float arrays of the expected shape, values within 1e-12."""
    assert isinstance(actual, tuple) and len(actual) == 2, "return the tuple (train_scores, val_scores)"
    for name, got, want in zip(("train_scores", "val_scores"), actual, expected):
        assert isinstance(got, np.ndarray), f"{name} must be a numpy array, got {type(got).__name__}"
        assert got.shape == want.shape, f"{name} has shape {got.shape}, expected {want.shape}"
        assert got.dtype == np.float64, f"{name} must be float64, got {got.dtype}"
        bad = np.argwhere(~np.isclose(got, want, rtol=1e-12, atol=1e-12))
        if len(bad):
            s, f = bad[0]
            return f"{name}[{s}, {f}] (training size #{s}, fold {f}) is {got[s, f]}, expected {want[s, f]}"
    return None


def _problem(seed, n, d, noise=0.3):
    g = np.random.default_rng(seed)
    X = g.normal(0, 1, (n, d))
    y = (X[:, 0] - X[:, -1] + g.normal(0, noise, n) > 0).astype(int)
    return X, y


CASES = [
    case(majority, EX_X, EX_Y, [1, 4], 3, check=curves_match, sample=True,
         expected=(np.array([[1.0, 1.0, 1.0], [0.75, 0.5, 0.75]]), np.array([[0.0, 0.5, 0.0], [0.0, 0.5, 0.0]])),
         name="worked example: the majority learner, 3 folds"),
    case(nearest_neighbour, *_problem(1, 30, 2), [2, 5, 10, 24], check=curves_match, sample=True,
         name="1-nearest neighbour, k defaults to 5"),
    case(nearest_mean_list, *_problem(2, 23, 3), [3, 9, 18], 4, check=curves_match, sample=True,
         name="23 rows in 4 folds (6, 6, 6, 5); the learner returns a list"),
    case(majority, np.arange(7).reshape(7, 1), np.array([1, 1, 0, 0, 0, 1, 0]), [1, 2, 3, 4], 3,
         check=curves_match, name="7 rows, 3 folds: the first fold is the longer one (3, 2, 2)"),
    case(majority, np.arange(10).reshape(10, 1), np.array([0, 1, 1, 1, 0, 0, 1, 0, 1, 0]), [1, 2, 5], 2,
         check=curves_match, name="k = 2: the training subset is the first rows of the other half"),
    case(nearest_neighbour, np.arange(5).reshape(5, 1), np.array([0, 1, 0, 1, 1]), [1, 2, 3, 4], 5,
         check=curves_match, name="k = n: leave one out"),
    case(majority, np.arange(8).reshape(8, 1), np.array([0, 0, 0, 1, 1, 1, 1, 0]), [6], 4,
         check=curves_match, name="the largest size: the whole training part"),
    case(majority, np.zeros((6, 2)), np.array(["spam"] * 6), [1, 3], 2,
         expected=(np.ones((2, 2)), np.ones((2, 2))), check=curves_match, name="a single class: every score is 1"),
    case(nearest_neighbour, np.array([[0.0], [0.0], [1.0], [1.0], [0.0], [1.0]]),
         np.array(["a", "b", "a", "b", "b", "a"]), [1, 2, 4], 3, check=curves_match,
         name="string labels, duplicated rows"),
    case(majority, np.arange(6).reshape(6, 1), np.array([0, 0, 1, 1, 1, 1]), [2], 3,
         check=curves_match, name="one training size"),
    case(nearest_neighbour, *_problem(3, 40, 1, noise=1.0), [1, 8, 16, 32], 5, check=curves_match,
         name="noisy labels: the training score stays 1, validation lags"),
    case(nearest_mean_list, *_problem(4, 400, 5), [10, 50, 100, 200, 300], 4, check=curves_match,
         name="400 rows, 4 folds, 5 sizes"),
]


@generate(count=10, seed=17)
def random_problems(rng):
    g = numpy_rng(rng)
    k = rng.randint(2, 5)
    n = rng.randint(k, 30)
    X, y = _problem(int(g.integers(2**32)), n, rng.randint(1, 3))
    largest = n - (n + k - 1) // k
    sizes = sorted(rng.sample(range(1, largest + 1), rng.randint(1, min(4, largest))))
    learner = rng.choice([majority, nearest_neighbour, nearest_mean_list])
    if rng.random() < 0.3:
        return case(learner, X, y, sizes, check=curves_match) if k == 5 and n >= 5 else case(
            learner, X, y, sizes, k, check=curves_match)
    return case(learner, X, y, sizes, k, check=curves_match)
