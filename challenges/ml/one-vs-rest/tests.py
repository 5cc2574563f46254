import numpy as np
from learners import centroid, class_share, flat, least_squares, nearest_mean, scaled

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "ndarray", "dtype": "kind"}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def scores_match(actual, expected, *args):
    """(labels, scores): the labels exactly, the scores with relative tolerance 1e-9."""
    assert isinstance(actual, tuple) and len(actual) == 2, "return_scores=True returns the tuple (labels, scores)"
    labels, scores = actual
    assert isinstance(scores, np.ndarray) and scores.shape == expected[1].shape, (
        f"scores must be an array of shape {expected[1].shape}, got {getattr(scores, 'shape', type(scores).__name__)}"
    )
    assert np.array_equal(np.asarray(labels), expected[0]), f"labels {np.asarray(labels).tolist()}, expected {expected[0].tolist()}"
    assert scores.dtype == np.float64, f"scores must be float64, got {scores.dtype}"
    assert np.allclose(scores, expected[1], rtol=1e-9, atol=0), f"scores {scores.tolist()}, expected {expected[1].tolist()}"

EX_X = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [5.0, 5.0], [6.0, 5.0], [10.0, 0.0], [11.0, 1.0]])
EX_Y = np.array(["b", "b", "b", "a", "a", "c", "c"])
EX_T = np.array([[0.5, 0.5], [5.5, 4.0], [10.0, 1.0]])


def _blobs(seed, n, d, k, m, spread=1.0):
    g = np.random.default_rng(seed)
    centres = g.normal(0, 4, (k, d))
    y = g.integers(0, k, n)
    y[: min(n, k)] = np.arange(min(n, k))
    X = centres[y] + g.normal(0, spread, (n, d))
    X_test = centres[g.integers(0, k, m)] + g.normal(0, spread * 1.5, (m, d))
    return X, y, X_test


CASES = [
    case(nearest_mean, np.array([[0], [1], [5], [6], [10]]), np.array(["b", "b", "a", "a", "c"]),
         np.array([[2], [7], [9], [3]]), expected=np.array(["b", "a", "c", "a"]), sample=True,
         name="worked example: the nearest-mean learner; 3 is a tie between 'a' and 'b'"),
    case(nearest_mean, np.array([[0], [1], [5], [6], [10]]), np.array(["b", "b", "a", "a", "c"]),
         np.array([[2], [7], [9], [3]]), True, sample=True, check=scores_match,
         expected=(np.array(["b", "a", "c", "a"]),
                   np.array([[-3.5, -1.5, -8.0], [-1.5, -6.5, -3.0], [-3.5, -8.5, -1.0], [-2.5, -2.5, -7.0]])),
         name="worked example with return_scores=True: labels and the score matrix"),
    case(centroid, EX_X, EX_Y, EX_T, expected=np.array(["b", "a", "c"]),
         name="three classes in two dimensions, the centroid learner (scores as a list)"),
    case(flat, EX_X, EX_Y, EX_T, expected=np.array(["a", "a", "a"]), sample=True,
         name="every score tied: the smallest label"),
    case(least_squares, *_blobs(1, 30, 2, 4, 6), sample=True, name="four integer classes, least squares"),
    case(class_share, EX_X, EX_Y, EX_T, expected=np.array(["b", "b", "b"]),
         name="scores = the class's share: the most frequent class everywhere"),
    case(class_share, EX_X[:4], np.array([2, 1, 2, 1]), EX_T, expected=np.array([1, 1, 1]),
         name="two classes with equal shares: the smaller label, in sorted order, not first seen"),
    case(centroid, np.array([[1.0, 2.0], [3.0, 1.0]]), np.array([7, 7]), EX_T, expected=np.array([7, 7, 7]),
         name="a single class"),
    case(centroid, np.array([[0.0], [10.0]]), np.array([1, 0]), np.array([[1.0], [9.0], [4.0]]),
         expected=np.array([1, 0, 1]), name="two training rows, two classes"),
    case(least_squares, *_blobs(2, 40, 3, 3, 0), expected=np.zeros(0, dtype=int), name="no test rows"),
    case(least_squares, *_blobs(2, 40, 3, 3, 0), True, check=scores_match,
         expected=(np.zeros(0, dtype=int), np.zeros((0, 3))), name="no test rows, with scores: shape (0, 3)"),
    case(class_share, EX_X, EX_Y, EX_T, False, expected=np.array(["b", "b", "b"]),
         name="return_scores=False: the labels alone"),
    case(scaled(least_squares, 1e298), *_blobs(7, 30, 2, 4, 6), True, check=scores_match,
         name="scores near 1e298, returned"),
    case(least_squares, *_blobs(3, 60, 3, 5, 20), name="five classes in three dimensions"),
    case(centroid, *_blobs(4, 50, 2, 6, 25, spread=2.0), name="six overlapping classes, scores as a list"),
    case(scaled(least_squares, 1e298), *_blobs(5, 30, 2, 3, 10), name="scores near 1e298"),
    case(scaled(least_squares, 1e-300), *_blobs(5, 30, 2, 3, 10), name="scores near 1e-300"),
    case(least_squares, np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]]), np.array([-1, 3, 3, -1]),
         np.array([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0]]), name="negative labels"),
    case(least_squares, *_blobs(6, 3000, 20, 10, 2000), time_limit=2.0,
         name="3,000 rows x 20 features, 10 classes: one fit per class, vectorised scores"),
]


@generate(count=10, seed=23)
def random_problems(rng):
    g = numpy_rng(rng)
    X, y, X_test = _blobs(int(g.integers(2**32)), rng.randint(1, 40), rng.randint(1, 4), rng.randint(1, 5),
                          rng.randint(1, 8))
    if rng.random() < 0.3:
        y = np.array(["spam", "ham", "eggs", "toast", "jam"])[y]
    if rng.random() < 0.4:
        return case(rng.choice([least_squares, centroid]), X, y, X_test, True, check=scores_match)
    return case(rng.choice([least_squares, centroid]), X, y, X_test)
