import numpy as np

from drill import case, generate

COMPARE = {"name": "ndarray", "rtol": 1e-7, "atol": 1e-7, "dtype": "exact"}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

NAN = np.nan


def _rng(seed):
    return np.random.default_rng(seed)


def _gappy(seed, n, p_nan, loc=20.0, scale=5.0):
    g = _rng(seed)
    x = g.normal(loc, scale, size=n)
    x[g.random(n) < p_nan] = np.nan
    return x


def _long_gap():
    x = _gappy(3, 80, 0.05)
    x[30:55] = np.nan  # a gap longer than the window
    return x


EXAMPLE = np.array([1, 2, NAN, 4, 5, NAN, NAN, NAN, 9])

CASES = [
    case(EXAMPLE, 3, expected=np.array([1.5, 3.0, 4.5, 4.5, 5.0, NAN, 9.0]), sample=True,
         name="worked example: NaN skipped, an all-NaN window is NaN"),
    case(EXAMPLE, 3, kwargs={"min_count": 2}, expected=np.array([1.5, 3.0, 4.5, 4.5, NAN, NAN, NAN]),
         sample=True, name="min_count=2: a window needs two numbers"),
    case(np.array([1, 2, 3, 4, 5]), 2, expected=np.array([1.5, 2.5, 3.5, 4.5]), sample=True,
         name="integers, no NaN"),
    case(EXAMPLE, 3, kwargs={"min_count": 3}, expected=np.full(7, NAN),
         name="min_count=window: any NaN in the window gives NaN"),
    case(np.array([4.0, -2.0, 7.0]), 5, expected=np.array([], dtype=np.float64),
         name="window longer than the array: empty"),
    case(np.array([], dtype=np.float64), 1, expected=np.array([], dtype=np.float64), name="empty input"),
    case(np.array([4.0, -2.0, NAN, 7.0]), 4, expected=np.array([3.0]),
         name="window equal to the length: one value"),
    case(np.array([NAN, 3.0, -1.5, NAN]), 1, expected=np.array([NAN, 3.0, -1.5, NAN]),
         name="window 1: the values themselves, NaN stays NaN"),
    case(np.full(5, NAN), 2, expected=np.full(4, NAN), name="all NaN"),
    case(np.array([True, False, True, True, False, False]), 3,
         expected=np.array([2 / 3, 2 / 3, 2 / 3, 1 / 3]), name="bools: a rolling rate"),
    case(np.array([2_000_000_000, 2_000_000_000, -4, 6], dtype=np.int32), 2,
         expected=np.array([2e9, 999_999_998.0, 1.0]), name="int32 whose sums overflow int32"),
    case(np.array([-3.0, -1.0, 0.0, 1.0, 3.0, -3.0]), 3, name="negative values and zero"),
    case(_gappy(4, 50, 0.2).astype(np.float32), 5, name="float32 with NaN gives float64"),
    case(_long_gap(), 10, kwargs={"min_count": 4}, name="a NaN gap longer than the window, min_count=4"),
    case(_gappy(5, 200, 0.3), 7, kwargs={"min_count": 7}, name="30% NaN, min_count=window"),
    case(_gappy(2024, 300_000, 0.05), 100, time_limit=1.0,
         name="300,000 values, window 100, within 1 s (O(n), not O(n * window))"),
]


@generate(count=10, seed=61)
def random_series(rng):
    g = np.random.default_rng(rng.randrange(2**32))
    n = rng.randint(0, 60)
    window = rng.randint(1, 12)
    x = g.normal(rng.uniform(-100, 100), rng.uniform(0.5, 30), size=n)
    x[g.random(n) < rng.choice([0.0, 0.2, 0.5])] = np.nan
    return case(x, window, kwargs={"min_count": rng.randint(1, window)})
