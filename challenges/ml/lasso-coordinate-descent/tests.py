import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng, well_conditioned
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

RTOL = 1e-6


def _tolerances(w_ref, y):
    w_scale = float(np.max(np.abs(w_ref))) if w_ref.size else 0.0
    return 1e-6 * (w_scale if w_scale > 0 else 1.0), 1e-6 * max(float(np.max(np.abs(y))), 1e-300)


def lasso_solution(actual, expected, X, y, alpha):
    """(w, b) equal to the minimiser within the statement's tolerances, with a diagnosis."""
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
    atol_w, atol_b = _tolerances(w_ref, np.asarray(y, dtype=np.float64))
    bad = np.flatnonzero(~np.isclose(w, w_ref, rtol=RTOL, atol=atol_w))
    if len(bad):
        j = int(bad[0])
        note = ""
        n = len(y)
        if np.allclose(w * n, w_ref, rtol=1e-3, atol=0) or np.allclose(w, w_ref * n, rtol=1e-3, atol=0):
            note = " (a factor n away: the squared error is divided by 2n, so the threshold is n·alpha)"
        return (f"w[{j}]: expected {w_ref[j]!r}, got {w[j]!r} ({len(bad)} of {len(w)} weights differ; "
                f"relative tolerance {RTOL:g}, absolute {atol_w:.3g}: not converged?){note}")
    if not np.isclose(b, b_ref, rtol=RTOL, atol=atol_b):
        return f"b: expected {b_ref!r}, got {b!r} (b = mean(y) - mean(X)·w; the intercept is not penalised)"
    return None


def C(*args, **kw):
    return case(*args, check=lasso_solution, **kw)


def _sparse(seed, n, d, k, noise=0.1, scale=1.0, intercept=2.0, cond=5.0):
    """A well-conditioned design with k non-zero true weights."""
    g = np.random.default_rng(seed)
    X = well_conditioned(seed, n, d, cond=cond) * np.sqrt(n) + g.normal(0, 3, d)
    truth = np.zeros(d)
    truth[g.choice(d, k, replace=False)] = g.choice([-1, 1], k) * g.uniform(1, 4, k)
    y = X @ truth + intercept + g.normal(0, noise, n)
    return X * scale, y * scale


EX_X = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]])
EX_Y = np.array([3.0, 1.0, -1.0, 1.0])
CORRELATED = _sparse(8, 60, 3, 1)[0]
CORRELATED[:, 1] = CORRELATED[:, 0] + np.random.default_rng(9).normal(0, 0.5, 60)

CASES = [
    C(EX_X, EX_Y, 0.5, expected=(np.array([1.0, 0.0]), 1.0), sample=True,
      name="worked example: the least-squares weight 2 is shrunk to 1"),
    C(EX_X, EX_Y, 1.0, expected=(np.array([0.0, 0.0]), 1.0), sample=True,
      name="alpha = max|Xcᵀyc|/n exactly: every weight is 0"),
    C(*_sparse(1, 40, 5, 2), 0.1, sample=True, name="five features, two of them relevant"),
    C(EX_X, EX_Y, 0.0, expected=(np.array([2.0, 0.0]), 1.0), name="alpha = 0: least squares"),
    C(*_sparse(2, 50, 4, 4, noise=1.0), 0, name="alpha = 0 (an int) with noise: least squares"),
    C(EX_X, EX_Y, 0.999, name="alpha just below the threshold: one small weight"),
    C(*_sparse(3, 30, 6, 3), 1e6, name="a huge alpha: w = 0, b = mean(y)"),
    C(CORRELATED, CORRELATED[:, 0] * 2.0 + 1.0, 0.05, name="two correlated features"),
    C(np.column_stack([_sparse(4, 25, 2, 2)[0], np.full(25, 7.0)]), _sparse(4, 25, 2, 2)[1], 0.2,
      name="a constant column: its weight is 0, not NaN"),
    C(np.array([[2.0, -1.0, 4.0]]), np.array([7.5]), 0.3, expected=(np.zeros(3), 7.5),
      name="a single row: w = 0 and b = y"),
    C(np.array([[1.0, 3.0], [2.0, 1.0]]), np.array([1.0, 4.0]), 0.1, name="two rows, two features"),
    C(np.array([[0.5], [1.5], [3.0], [4.0]]), np.array([1.0, 2.0, 2.5, 5.0]), 0.2, name="one feature"),
    C(np.array([[1, 5], [2, 3], [4, 4], [5, 1], [7, 0]]), np.array([10, 8, 13, 9, 12]), 1,
      name="integer X, y and alpha"),
    C(*_sparse(5, 40, 3, 2, scale=1e40), 1e40, name="X and y near 1e40 (alpha scaled with them)"),
    C(_sparse(6, 40, 3, 2)[0] * 1e-40, _sparse(6, 40, 3, 2)[1], 1e-3,
      name="X near 1e-40: weights near 1e40"),
    C(CORRELATED * 1e40, CORRELATED[:, 0] * 2.0 - CORRELATED[:, 1] + 1.0, 1e-42,
      name="correlated features near 1e40: weights near 1e-40, many sweeps needed"),
    C(*_sparse(7, 10_000, 20, 5, noise=1.0), 0.05, time_limit=5.0,
      name="10,000 rows x 20 features: keep a running residual"),
]


@generate(count=12, seed=61)
def random_problems(rng):
    g = numpy_rng(rng)
    n, d = rng.randint(2, 40), rng.randint(1, 6)
    n = max(n, d + 1)
    X, y = _sparse(int(g.integers(2**32)), n, d, rng.randint(1, d), noise=rng.choice([0.0, 0.5, 2.0]),
                   intercept=rng.uniform(-10, 10))
    alpha_max = float(np.max(np.abs((X - X.mean(0)).T @ (y - y.mean())))) / n
    return C(X, y, alpha_max * rng.choice([0.0, 0.01, 0.1, 0.5, 0.9, 1.5]))
