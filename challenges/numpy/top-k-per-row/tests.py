import numpy as np

from drill import case, generate

COMPARE = {"name": "ndarray", "dtype": "kind"}  # integer indices of any width, compared exactly
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _rng(seed):
    return np.random.default_rng(seed)


def _ties(seed, n, m, levels, dtype=np.float64):
    """Scores with only a few distinct values: long runs of ties in every row."""
    return _rng(seed).integers(0, levels, size=(n, m)).astype(dtype)


def _ratings_with_nan():
    X = _rng(12).integers(1, 6, size=(40, 60)).astype(np.float64)  # 1..5 stars
    X[_rng(13).random(X.shape) < 0.5] = np.nan
    X[3, :] = np.nan
    X[4, :57] = np.nan
    return X


CASES = [
    case(np.array([[0.2, 0.9, 0.5, 0.9], [np.nan, -1.0, 3.0, 0.0]]), 3,
         expected=np.array([[1, 3, 2], [2, 3, 1]]), sample=True,
         name="worked example: a tie broken by the lower index, NaN ranks last"),
    case(np.array([[1, np.nan, np.nan]]), 5, expected=np.array([[0, 1, 2]]), sample=True,
         name="k larger than the row: all columns; NaNs last in index order"),
    case(np.array([[3, 1, 3, 2, 3], [0, 0, 0, 0, 0], [-5, 7, -5, 7, 1]]), 2,
         expected=np.array([[0, 2], [0, 1], [1, 3]]), sample=True,
         name="integer scores with three-way and five-way ties"),
    case(np.array([[np.nan, -np.inf, 1.0]]), 3, expected=np.array([[2, 1, 0]]),
         name="-inf still ranks above NaN (treating NaN as -inf ties them)"),
    case(np.array([[-np.inf, np.inf, 0.0, -0.0, 5.0]]), 5, expected=np.array([[1, 4, 2, 3, 0]]),
         name="inf first, -0.0 ties with 0.0, -inf last"),
    case(np.array([[0, 255, 1, 128]], dtype=np.uint8), 4, expected=np.array([[1, 3, 2, 0]]),
         name="uint8 scores: negating them wraps around"),
    case(np.array([[True, False, True, False], [False, False, False, True]]), 3,
         expected=np.array([[0, 2, 1], [3, 0, 1]]), name="bool scores: True ranks above False"),
    case(np.array([[-2147483647, 2147483647, 0, -2147483647]], dtype=np.int32), 3,
         expected=np.array([[1, 2, 0]]), name="int32 extremes"),
    case(np.array([[0.5, 0.25], [0.25, 0.5]], dtype=np.float32), 1, expected=np.array([[0], [1]]),
         name="float32, k=1"),
    case(np.array([[4.0, 2.0, 9.0]]), 0, expected=np.zeros((1, 0), dtype=np.int64), name="k=0: shape (1, 0)"),
    case(np.zeros((0, 6)), 3, expected=np.zeros((0, 3), dtype=np.int64), name="no rows: shape (0, 3)"),
    case(np.array([[7.0], [np.nan]]), 2, expected=np.array([[0], [0]]), name="a single column"),
    case(np.full((2, 40), np.nan), 4, expected=np.tile(np.arange(4), (2, 1)),
         name="an all-NaN row: the first k indices"),
    case(_ties(7, 30, 300, 3), 25, name="300 columns of only 3 distinct values: needs a stable order"),
    case(_ties(8, 20, 500, 4, np.int64), 50, name="int64 rows with long tie runs, k=50"),
    case(_ties(9, 10, 200, 2, np.float32), 120, name="float32 with two distinct values"),
    case(_ratings_with_nan(), 10, name="star ratings with 50% NaN; rows with fewer than k numbers"),
    case(_ties(2024, 1000, 2000, 50), 5, time_limit=2.0,
         name="1,000 x 2,000 with ties, k=5, within 2 s"),
]


@generate(count=10, seed=41)
def random_scores(rng):
    g = np.random.default_rng(rng.randrange(2**32))
    n, m = rng.randint(0, 12), rng.randint(1, 40)
    kind = rng.choice(["float", "float", "int", "float32", "bool"])
    if kind == "bool":
        X = g.random((n, m)) < 0.5
    elif kind == "int":
        X = g.integers(-4, 5, size=(n, m))
    else:
        X = np.round(g.normal(0, 2, size=(n, m)), 1).astype(np.float32 if kind == "float32" else np.float64)
        X[g.random((n, m)) < 0.15] = np.nan
    return case(X, rng.randint(0, m + 3))
