import numpy as np
from learners import knn, shrunk_centroid, threshold

from drill import case, generate
from drill.testkit import numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

EX_X = np.arange(6).reshape(6, 1)
EX_Y = np.array([0, 0, 1, 0, 1, 1])


def search_matches(actual, expected, *args):
    """(best value, mean scores): the value exactly, the scores within 1e-12."""
    assert isinstance(actual, tuple) and len(actual) == 2, "return the tuple (best_value, mean_scores)"
    best, scores = actual
    assert isinstance(scores, np.ndarray), f"mean_scores must be a numpy array, got {type(scores).__name__}"
    assert scores.shape == expected[1].shape, f"mean_scores has shape {scores.shape}, expected {expected[1].shape}"
    assert scores.dtype == np.float64, f"mean_scores must be float64, got {scores.dtype}"
    bad = np.flatnonzero(~np.isclose(scores, expected[1], rtol=1e-12, atol=1e-12))
    if len(bad):
        return f"mean_scores[{bad[0]}] is {scores[bad[0]]}, expected {expected[1][bad[0]]}"
    assert type(best) is type(expected[0]) and best == expected[0], (
        f"best value {best!r}, expected {expected[0]!r} (scores {expected[1].tolist()})"
    )
    return None


def _problem(seed, n, d, noise=0.5):
    g = np.random.default_rng(seed)
    X = g.normal(0, 1, (n, d))
    y = (np.sin(2 * X[:, 0]) + X[:, -1] + g.normal(0, noise, n) > 0).astype(int)
    return X, y


CASES = [
    case(threshold, EX_X, EX_Y, [0.5, 2.5, 3.5], 3, check=search_matches, sample=True,
         expected=(3.5, np.array([2 / 3, 2 / 3, 5 / 6])), name="worked example: three thresholds, 3 folds"),
    case(threshold, EX_X, EX_Y, [2.5, 0.5], 3, check=search_matches, sample=True,
         expected=(2.5, np.array([2 / 3, 2 / 3])), name="a tie: the first value in the grid wins"),
    case(knn, *_problem(1, 40, 2), [1, 3, 5, 9, 15], check=search_matches, sample=True,
         name="k-nearest neighbours, k defaults to 5 folds"),
    case(threshold, np.arange(7).reshape(7, 1), np.array([0, 0, 0, 1, 1, 1, 1]), [1.5, 2.5], 3,
         check=search_matches, expected=(2.5, np.array([(2 / 3 + 1 + 1) / 3, 1.0])),
         name="7 rows in folds of 3, 2, 2: the first fold is the longer one"),
    case(threshold, np.arange(7).reshape(7, 1), np.array([0, 1, 1, 0, 0, 1, 1]), [0.5, 4.5], 3,
         check=search_matches, name="uneven folds: every fold counts the same, not every row"),
    case(knn, np.arange(4).reshape(4, 1), np.array([0, 1, 1, 0]), [1, 2, 3], 4, check=search_matches,
         name="k = n: leave one out"),
    case(knn, *_problem(2, 10, 1), [1, 4], 2, check=search_matches, name="k = 2"),
    case(threshold, EX_X, EX_Y, [3.5], 3, check=search_matches, expected=(3.5, np.array([5 / 6])),
         name="a single value"),
    case(knn, np.zeros((6, 1)), np.array(["same"] * 6), [1, 2, 4], 3, check=search_matches,
         expected=(1, np.ones(3)), name="a single class: every value scores 1, the first wins"),
    case(shrunk_centroid, *_problem(3, 60, 3), [0.0, 0.25, 0.5, 0.9], 4, check=search_matches,
         name="float values: the shrinkage of a nearest-centroid learner"),
    case(knn, *_problem(4, 50, 2, noise=1.5), [1, 3, 7, 11, 21], 5, check=search_matches,
         name="noisy labels favour a larger neighbourhood"),
    case(knn, np.array([[0.0], [0.0], [1.0], [1.0], [0.0], [1.0]]), np.array(["b", "a", "b", "a", "a", "b"]),
         [1, 2, 3], 3, check=search_matches, name="string labels, duplicated rows"),
    case(knn, *_problem(5, 300, 4), list(range(1, 30, 2)), 5, check=search_matches, time_limit=2.0,
         name="300 rows, 15 values of k"),
]


@generate(count=10, seed=29)
def random_problems(rng):
    g = numpy_rng(rng)
    k = rng.randint(2, 5)
    n = rng.randint(k + 1, 30)
    X, y = _problem(int(g.integers(2**32)), n, rng.randint(1, 3))
    smallest_train = n - (n + k - 1) // k
    values = sorted(rng.sample(range(1, smallest_train + 1), rng.randint(1, min(4, smallest_train))))
    if rng.random() < 0.3:
        return case(threshold, X, y, [-1.0, -0.3, 0.0, 0.4], k, check=search_matches)
    return case(knn, X, y, values, k, check=search_matches)
