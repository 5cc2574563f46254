import numpy as np

# Harness workaround: NumPy imports some submodules lazily (np.ma on the first np.setdiff1d or
# np.isin, np.random on first use). One first imported during a test is removed from numpy's
# namespace when the sandbox restores, and the next test's use recurses. Importing them here
# makes them part of the baseline.
import numpy.fft  # noqa: E402,F401
import numpy.ma  # noqa: E402,F401
import numpy.polynomial  # noqa: E402,F401
import numpy.random  # noqa: E402,F401

from drill import case, generate

TOL = 1e-9


def _where(idx):
    return "[" + ", ".join(str(int(i)) for i in idx) + "]"


def scaled_pair(actual, expected, X_train, X_test):
    """A tuple of two float64 arrays, each matching the expected values within 1e-9."""
    if type(actual) is not tuple or len(actual) != 2:
        return (f"expected a tuple (X_train_scaled, X_test_scaled), got {type(actual).__name__}"
                + (f" of length {len(actual)}" if isinstance(actual, (list, tuple)) else ""))
    for name, got, want in zip(("X_train_scaled", "X_test_scaled"), actual, expected):
        if type(got) is not np.ndarray:
            return f"{name}: expected a numpy.ndarray, got {type(got).__name__}"
        if got.shape != want.shape:
            return f"{name}: expected shape {want.shape}, got {got.shape}"
        if got.dtype != np.float64:
            return f"{name}: expected dtype float64, got {got.dtype}"
        nan_want, nan_got = np.isnan(want), np.isnan(got)
        if (nan_want != nan_got).any():
            idx = np.argwhere(nan_want != nan_got)[0]
            return (f"{name}{_where(idx)}: expected {want[tuple(idx)]!r}, got {got[tuple(idx)]!r} "
                    "(NaN must stay NaN, and only NaN input may give NaN)")
        bad = ~np.isclose(got, want, rtol=TOL, atol=TOL) & ~nan_want
        if bad.any():
            idx = np.argwhere(bad)[0]
            return (f"{name}: {int(bad.sum())} of {want.size} values differ; first at {_where(idx)}: "
                    f"expected {want[tuple(idx)]!r}, got {got[tuple(idx)]!r} "
                    f"(tolerance: absolute and relative {TOL:g})")
    return None


def C(*args, **kw):
    return case(*args, check=scaled_pair, **kw)


_S = np.sqrt(2.0 / 3.0)
_EXAMPLE = (np.array([[1.0, 10.0, 5.0], [2.0, 10.0, 5.0], [3.0, np.nan, 5.0]]),
            np.array([[4.0, 20.0, 7.0]]))


def _big():
    g = np.random.default_rng(7)
    X_train = g.normal(g.uniform(-50, 50, 20), g.uniform(0.5, 30, 20), size=(200_000, 20))
    X_test = g.normal(0, 40, size=(50_000, 20))
    X_train[g.random(X_train.shape) < 0.01] = np.nan
    return X_train, X_test


CASES = [
    C(*_EXAMPLE, expected=(np.array([[-1 / _S, 0.0, 0.0], [0.0, 0.0, 0.0], [1 / _S, np.nan, 0.0]]),
                           np.array([[2 / _S, 10.0, 2.0]])),
      sample=True, name="worked example: NaN ignored, constant columns get scale 1"),
    C(np.array([[0, 100], [10, 300]]), np.array([[5, 200], [-5, 0], [20, 500]]),
      expected=(np.array([[-1.0, -1.0], [1.0, 1.0]]), np.array([[0.0, 0.0], [-2.0, -2.0], [3.0, 3.0]])),
      sample=True, name="integer input; the test set uses the training statistics"),
    C(np.array([[2.0, -1.0]]), np.array([[3.0, -1.0], [2.0, 5.0]]),
      expected=(np.array([[0.0, 0.0]]), np.array([[1.0, 0.0], [0.0, 6.0]])),
      sample=True, name="a single training row: every column is constant"),
    C(np.array([[1.0], [3.0]]), np.zeros((0, 1)), expected=(np.array([[-1.0], [1.0]]), np.zeros((0, 1))),
      name="empty test set: an empty (0, d) float64 array"),
    C(np.array([[0.1, 1.0], [0.1, 2.0], [0.1, 4.0]]), np.array([[0.2, 3.0]]),
      name="constant column 0.1: its computed std is 1.4e-17, not 0 (detect equal values)"),
    C(np.array([[1.0, 5.0], [np.nan, 5.0], [3.0, np.nan], [np.nan, 6.0]]),
      np.array([[np.nan, 5.5], [2.0, np.nan]]),
      name="NaN in both arrays: ignored when fitting, kept in place"),
    C(np.array([[-3, 0], [-1, 0], [4, 0]], dtype=np.int32), np.array([[0, 1]], dtype=np.int32),
      name="int32 input with negatives and an all-zero column"),
    C(np.array([[200, 10], [250, 20], [255, 30]], dtype=np.uint8), np.array([[0, 0]], dtype=np.uint8),
      name="uint8 input: 0 - mean must not wrap around"),
    C(np.array([[True, False], [False, False], [True, True]]), np.array([[False, True]]),
      name="bool input becomes 0/1 floats"),
    C(np.array([[1.5, -2.25], [0.5, 4.0], [2.0, 0.0]], dtype=np.float32),
      np.array([[1.0, 1.0]], dtype=np.float32), name="float32 input gives float64 output"),
    C(np.array([[1e9 + 1.0], [1e9 + 3.0]]), np.array([[1e9]]),
      name="large offset, small spread"),
    C(*_big(), time_limit=1.5, name="200,000 x 20 training rows with 1% NaN in 1.5 s"),
]


@generate(count=10, seed=404)
def random_arrays(rng):
    g = np.random.default_rng(rng.randrange(2**32))
    n, m, d = rng.randint(1, 30), rng.randint(0, 10), rng.randint(1, 5)
    if rng.random() < 0.5:
        X_train, X_test = g.normal(3, 7, size=(n, d)), g.normal(3, 9, size=(m, d))
    else:
        X_train, X_test = g.integers(-2, 3, size=(n, d)), g.integers(-4, 5, size=(m, d))
    if rng.random() < 0.5:
        X_train = X_train.astype(np.float64)
        holes = g.random((n, d)) < 0.25
        holes[rng.randrange(n)] = False
        X_train[holes] = np.nan
    return C(X_train, X_test)
