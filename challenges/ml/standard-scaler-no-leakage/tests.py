import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

RTOL = ATOL = 1e-9
NAN = float("nan")


def _mean_std_of(X):
    X = np.asarray(X, dtype=np.float64)
    return X.mean(axis=0), X.std(axis=0)


def scaled_pair(actual, expected, X_train, X_test, with_std=True):
    if type(actual) not in (tuple, list) or len(actual) != 2:
        return f"expected a tuple (train_scaled, test_scaled), got {type(actual).__name__}"
    for name, got, want in zip(("train_scaled", "test_scaled"), actual, expected):
        if type(got) is not np.ndarray:
            return f"{name}: expected a numpy.ndarray, got {type(got).__name__}"
        if got.shape != want.shape:
            return f"{name}: expected shape {want.shape}, got {got.shape}"
        if got.dtype.kind != "f":
            return f"{name}: expected float64 values, got dtype {got.dtype}"
        close = np.isclose(got, want, rtol=RTOL, atol=ATOL, equal_nan=True)
        if not close.all():
            i, j = (int(v) for v in np.argwhere(~close)[0])
            note = ""
            if name == "test_scaled" and len(X_test) > 1 and not np.isnan(X_test).any():
                m, s = _mean_std_of(X_test)
                if np.allclose(got, (np.asarray(X_test) - m) / np.where(s == 0, 1, s), atol=1e-6):
                    note = " (this is X_test scaled with its own statistics: fit on X_train only)"
            return f"{name}[{i}, {j}]: expected {want[i, j]!r}, got {got[i, j]!r}{note}"
    return None


def C(*args, **kw):
    return case(*args, check=scaled_pair, **kw)


def _data(seed, n, m, d, loc=0.0, scale=1.0):
    g = np.random.default_rng(seed)
    centre, spread = g.normal(loc, 3 * scale, d), g.uniform(0.5, 4, d) * scale
    return g.normal(centre, spread, (n, d)), g.normal(centre, spread, (m, d))


EX_TRAIN = np.array([[1.0, 10.0, 5.0], [3.0, 30.0, 5.0]])
EX_TEST = np.array([[4.0, 0.0, 7.0]])

CASES = [
    C(EX_TRAIN, EX_TEST, expected=(np.array([[-1.0, -1.0, 0.0], [1.0, 1.0, 0.0]]),
                                   np.array([[2.0, -2.0, 2.0]])),
      sample=True, name="worked example (with_std defaults to True); a constant column is only centred"),
    C(*_data(1, 6, 4, 3), sample=True, name="the test rows use the training mean and deviation"),
    C(EX_TRAIN, EX_TEST, False, expected=(np.array([[-1.0, -10.0, 0.0], [1.0, 10.0, 0.0]]),
                                          np.array([[2.0, -20.0, 2.0]])),
      sample=True, name="with_std=False: centring only"),
    C(np.array([[1.0, np.nan], [3.0, 2.0], [np.nan, 6.0]]), np.array([[2.0, np.nan], [np.nan, 4.0]]),
      expected=(np.array([[-1.0, NAN], [1.0, -1.0], [NAN, 1.0]]), np.array([[0.0, NAN], [NAN, 0.0]])),
      name="NaN is ignored when fitting and stays NaN"),
    C(np.array([[1.0, np.nan], [3.0, 4.0], [5.0, np.nan]]), np.array([[3.0, 6.0]]),
      expected=(np.array([[-np.sqrt(1.5), NAN], [0.0, 0.0], [np.sqrt(1.5), NAN]]), np.array([[0.0, 2.0]])),
      name="a column with one value and NaN elsewhere is constant"),
    C(np.array([[np.nan, 1.0], [np.nan, 3.0]]), np.array([[5.0, 5.0]]),
      expected=(np.array([[NAN, -1.0], [NAN, 1.0]]), np.array([[NAN, 3.0]])),
      name="an all-NaN training column gives NaN"),
    C(np.array([[0.1, 1.0], [0.1, 2.0], [0.1, 3.0]]), np.array([[0.3, 0.0]]),
      name="a constant column of 0.1: its float std is about 1e-17, not 0; treat it as constant"),
    C(np.array([[2.0, -4.0, 8.0]]), np.array([[3.0, -4.0, 0.0], [2.0, 2.0, 2.0]]),
      expected=(np.zeros((1, 3)), np.array([[1.0, 0.0, -8.0], [0.0, 6.0, -6.0]])),
      name="one training row: every column is constant"),
    C(np.array([[1.0], [2.0]]), np.array([[0.0]]), expected=(np.array([[-1.0], [1.0]]), np.array([[-3.0]])),
      name="two rows, one column"),
    C(np.array([[1, 4], [3, 8], [5, 0]]), np.array([[2, 2]]), name="integer input gives float output"),
    C(_data(2, 20, 5, 2)[0], np.zeros((0, 2)), name="no test rows"),
    C(*_data(3, 30, 10, 4, loc=1e12), name="an offset of 1e12 with a spread of about 1: two passes"),
    C(*_data(4, 30, 10, 3, scale=1e100), name="values near 1e100"),
    C(*_data(5, 30, 10, 3, scale=1e-100), name="values near 1e-100"),
    C(*_data(6, 30, 10, 3, scale=1e100), False, name="with_std=False near 1e100"),
    C(*_data(7, 200_000, 1000, 20), time_limit=3.0, name="200,000 rows x 20 columns"),
]


@generate(count=12, seed=53)
def random_sets(rng):
    g = numpy_rng(rng)
    X_train, X_test = _data(int(g.integers(2**32)), rng.randint(1, 20), rng.randint(0, 6),
                            rng.randint(1, 5), loc=rng.choice([0.0, 50.0]), scale=rng.choice([0.01, 1.0, 100.0]))
    if rng.random() < 0.4:
        X_train[g.random(X_train.shape) < 0.2] = np.nan
    if rng.random() < 0.3:
        X_train[:, 0] = X_train[0, 0]  # a constant column
    if rng.random() < 0.3:
        return C(X_train, X_test, False)
    return C(X_train, X_test)
