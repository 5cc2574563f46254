from fractions import Fraction

import numpy as np

# Harness workaround: NumPy imports some submodules lazily (np.ma on the first np.setdiff1d,
# np.random on first use). One first imported during a test is removed from numpy's
# namespace when the sandbox restores, and the next test's use recurses. Importing them here
# makes them part of the baseline.
import numpy.fft  # noqa: E402,F401
import numpy.ma  # noqa: E402,F401
import numpy.polynomial  # noqa: E402,F401
import numpy.random  # noqa: E402,F401

from drill import case, generate
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

RTOL = ATOL = 1e-6


def _penalised_intercept(X, y, alpha):
    """The usual mistake: a column of ones appended and penalised like every weight."""
    Xa = np.column_stack([np.asarray(X, float), np.ones(len(X))])
    A = Xa.T @ Xa + alpha * np.eye(Xa.shape[1])
    coef = np.linalg.lstsq(A, Xa.T @ np.asarray(y, float), rcond=None)[0]
    return coef[:-1], coef[-1]


def _no_intercept(X, y, alpha):
    X = np.asarray(X, float)
    A = X.T @ X + alpha * np.eye(X.shape[1])
    return np.linalg.lstsq(A, X.T @ np.asarray(y, float), rcond=None)[0], 0.0


def _matches(w, b, w2, b2):
    return np.allclose(w, w2, rtol=RTOL, atol=ATOL) and np.isclose(b, b2, rtol=RTOL, atol=ATOL)


def ridge_solution(actual, expected, X, y, alpha):
    """(w, b) equal to the closed-form minimiser within 1e-6, with a diagnosis of usual mistakes."""
    if type(actual) not in (tuple, list) or len(actual) != 2:
        return f"expected a tuple (w, b), got {type(actual).__name__}"
    w, b = actual
    w_ref, b_ref = expected
    if type(w) is not np.ndarray:
        return f"w: expected a numpy.ndarray, got {type(w).__name__}"
    if w.shape != w_ref.shape:
        return f"w: expected shape {w_ref.shape}, got {w.shape}"
    if w.dtype.kind != "f":
        return f"w: expected float64 values, got dtype {w.dtype}"
    if type(b) not in (float, int) or type(b) is bool:
        return f"b: expected a float, got {type(b).__name__} {b!r}"
    if _matches(w, b, w_ref, b_ref):
        return None
    note = ""
    if alpha > 0 and _matches(w, b, *_penalised_intercept(X, y, alpha)):
        note = " (this is the answer with the intercept penalised too: b must not be penalised)"
    elif _matches(w, b, *_no_intercept(X, y, alpha)):
        note = " (this is the fit without an intercept: centre X and y, then b = mean(y) - mean(X)·w)"
    bad = np.flatnonzero(~np.isclose(w, w_ref, rtol=RTOL, atol=ATOL))
    if len(bad):
        j = int(bad[0])
        return (f"w[{j}]: expected {w_ref[j]!r}, got {w[j]!r} ({len(bad)} of {len(w)} weights differ; "
                f"tolerance: relative and absolute {RTOL:g}){note}")
    return f"b: expected {b_ref!r}, got {b!r} (tolerance: relative and absolute {RTOL:g}){note}"


def _exact(X, y, alpha):
    """(w, b) in exact rational arithmetic from the float64 inputs: the ground truth where
    floating-point normal equations lose digits (tiny alpha with collinear columns)."""
    X = [[Fraction(float(v)) for v in row] for row in np.asarray(X, np.float64)]
    y = [Fraction(float(v)) for v in np.asarray(y, np.float64)]
    n, d = len(X), len(X[0])
    x_mean = [sum(row[j] for row in X) / n for j in range(d)]
    y_mean = sum(y) / n
    Xc = [[row[j] - x_mean[j] for j in range(d)] for row in X]
    yc = [v - y_mean for v in y]
    M = [[sum(r[i] * r[j] for r in Xc) + (Fraction(alpha) if i == j else 0) for j in range(d)]
         + [sum(r[i] * t for r, t in zip(Xc, yc))] for i in range(d)]
    for c in range(d):  # Gauss-Jordan: the matrix is positive definite for alpha > 0
        for i in range(d):
            if i != c and M[i][c]:
                f = M[i][c] / M[c][c]
                M[i] = [a - f * p for a, p in zip(M[i], M[c])]
    w = [M[i][d] / M[i][i] for i in range(d)]
    b = y_mean - sum(m * v for m, v in zip(x_mean, w))
    return np.array([float(v) for v in w]), float(b)


def _tiny_alpha(X, y, name):
    return C(X, y, 1e-12, expected=_exact(X, y, 1e-12), name=name)


def C(*args, **kw):
    return case(*args, check=ridge_solution, **kw)


def _linear(seed, n, d, noise=0.5, intercept=3.0, scale=1.0):
    g = np.random.default_rng(seed)
    X = g.normal(0, scale, size=(n, d))
    y = X @ g.normal(0, 2, size=d) + intercept + g.normal(0, noise, size=n)
    return X, y


def _duplicated_columns():
    X, y = _linear(5, 40, 2)
    return np.column_stack([X[:, 0], X[:, 0], X[:, 1]]), y


CASES = [
    C(np.array([[0.0], [1.0], [2.0], [3.0]]), np.array([1.0, 3.0, 5.0, 7.0]), 0.0,
      expected=(np.array([2.0]), 1.0), sample=True, name="worked example, alpha = 0: least squares"),
    C(np.array([[0.0], [1.0], [2.0], [3.0]]), np.array([1.0, 3.0, 5.0, 7.0]), 1.0,
      expected=(np.array([5 / 3]), 1.5), sample=True,
      name="worked example, alpha = 1: the intercept is not penalised"),
    C(np.array([[1.0, 2.0], [2.0, 0.0], [3.0, 1.0], [4.0, 3.0], [0.0, -1.0]]),
      np.array([3.0, 2.5, 4.0, 8.0, -1.0]), 0.5, sample=True, name="two features, alpha = 0.5"),
    C(*_linear(1, 50, 3, intercept=1000.0), 10.0,
      name="large intercept, alpha = 10: penalising b pulls it towards 0"),
    C(*_duplicated_columns(), 1.0, name="a duplicated column: XᵀX is singular, ridge is not"),
    C(*_linear(2, 5, 12), 0.1, name="more features (12) than rows (5)"),
    C(np.array([[2.0, -1.0, 4.0]]), np.array([7.5]), 3.0, expected=(np.zeros(3), 7.5),
      name="a single row: w = 0 and b = y"),
    C(*_linear(3, 30, 4), 1e12, name="a huge alpha: w is about 0, b is about mean(y)"),
    C(*_linear(4, 60, 5, noise=0.0, intercept=-2.0), 0, name="alpha = 0 (an int) on noise-free data"),
    C(np.array([[1, 5], [2, 3], [4, 4], [5, 1], [7, 0]]), np.array([10, 8, 13, 9, 12]), 2,
      name="integer X and y"),
    C(np.array([[-3, 100], [0, 200], [3, 150], [6, 400]], dtype=np.int32),
      np.array([-5, 1, 2, 9], dtype=np.int32), 0.0, name="int32 inputs"),
    C(*[a.astype(np.float32) for a in _linear(6, 25, 2)], 0.3, name="float32 inputs"),
    C(*_linear(7, 40, 1, scale=1000.0), 5.0, name="features in the thousands"),
    C(*_linear(8, 100_000, 20), 2.5, time_limit=3.0, name="100,000 rows x 20 features in 3 s"),
    _tiny_alpha(*_duplicated_columns(),
                name="alpha = 1e-12 with a duplicated column: the two share the weight exactly"),
    _tiny_alpha(*_linear(2, 5, 12), name="alpha = 1e-12 with more features (12) than rows (5)"),
    _tiny_alpha(*_linear(9, 6, 6), name="alpha = 1e-12 with as many features as rows"),
    _tiny_alpha(*_linear(11, 3, 30), name="alpha = 1e-12 with 30 features and 3 rows"),
]


@generate(count=10, seed=77)
def random_problems(rng):
    n, d = rng.randint(1, 40), rng.randint(1, 6)
    alpha = rng.choice([0.0, 0.01, 0.5, 3.0, 100.0])
    if alpha == 0.0:
        n = max(n, d + 2)
    X, y = _linear(rng.randrange(2**32), n, d, noise=rng.choice([0.0, 1.0]),
                   intercept=rng.uniform(-20, 20), scale=rng.choice([0.1, 1.0, 10.0]))
    return C(X, y, alpha)
