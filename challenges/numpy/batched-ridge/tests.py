import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng, well_conditioned
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def ridge_check(actual, expected, X, y, *rest, **kwargs):
    if type(actual) not in (tuple, list) or len(actual) != 2:
        return f"expected a tuple (W, c), got {type(actual).__name__}"
    scale = max(1.0, float(np.abs(y).max()) if np.size(y) else 1.0)
    for name, got, want in (("W", actual[0], expected[0]), ("c", actual[1], expected[1])):
        if type(got) is not np.ndarray:
            return f"{name}: expected a numpy.ndarray, got {type(got).__name__}"
        if got.shape != want.shape:
            return f"{name}: expected shape {want.shape}, got {got.shape}"
        if got.dtype != np.float64:
            return f"{name}: expected float64, got {got.dtype}"
        bad = ~np.isclose(got, want, rtol=1e-8, atol=1e-8 * scale)
        if bad.any():
            idx = tuple(int(i) for i in np.argwhere(bad)[0])
            return (f"{name}{list(idx)}: expected {want[idx]!r}, got {got[idx]!r} "
                    f"({int(bad.sum())} of {bad.size} entries differ)")
    return None


def ridge(*args, **options):
    return case(*args, check=ridge_check, **options)


EX_X = np.array([[[1.0], [2.0], [3.0]], [[0.0], [1.0], [2.0]]])
EX_Y = np.array([[3.0, 5.0, 7.0], [1.0, 1.0, 4.0]])


def _problems(seed, B, n, d, noise=0.1, offset=0.0, scale=1.0, cond=10.0):
    g = np.random.default_rng(seed)
    X = np.stack([well_conditioned(seed * 1000 + b, n, d, cond=cond, scale=scale) for b in range(B)])
    X = X + offset
    w = g.normal(0, 2, size=(B, d))
    y = np.einsum("bnd,bd->bn", X, w) + g.normal(0, 3, size=(B, 1)) + noise * scale * g.normal(size=(B, n))
    return X, y


def _large():
    g = np.random.default_rng(2024)
    X = g.normal(size=(20_000, 20, 5))
    y = np.einsum("bnd,bd->bn", X, g.normal(size=(20_000, 5))) + g.normal(size=(20_000, 20))
    return X, y, g.uniform(0.1, 2.0, size=20_000)


CASES = [
    ridge(EX_X, EX_Y, np.array([0.0, 1.0]), expected=(np.array([[2.0], [1.0]]), np.array([1.0, 1.0])), sample=True,
          name="worked example: per-problem lam, unpenalised intercept"),
    ridge(EX_X, EX_Y, 2.0, False, expected=(np.array([[34 / 16], [9 / 7]]), np.zeros(2)), sample=True,
          name="worked example without intercept"),
    ridge(*_problems(1, 4, 12, 3), sample=True, name="defaults (lam=1, intercept) on 4 problems"),
    ridge(EX_X, EX_Y, expected=(np.array([[2 * 2 / 3], [3 / 3]]), np.array([5 - 4 / 3 * 2, 2 - 1.0])),
          name="default lam=1 on the example"),
    ridge(np.array([[[2.0, -1.0]]]), np.array([[5.0]]), 0.5, expected=(np.zeros((1, 2)), np.array([5.0])),
          name="n = 1 with an intercept: W = 0, c = y"),
    ridge(np.array([[[2.0]]]), np.array([[6.0]]), 1.0, False, expected=(np.array([[12 / 5]]), np.zeros(1)),
          name="n = 1 without intercept"),
    ridge(np.zeros((0, 5, 2)), np.zeros((0, 5)), expected=(np.zeros((0, 2)), np.zeros(0)), name="B = 0 problems"),
    ridge(*_problems(2, 3, 10, 2), 0.0, name="lam = 0: ordinary least squares"),
    ridge(*_problems(3, 3, 10, 4), np.array([0.0, 1e-3, 1e3]), name="very different lam per problem"),
    ridge(*_problems(4, 3, 15, 3), 1e6, name="a huge lam shrinks W towards 0, c towards the mean"),
    ridge(*_problems(5, 3, 15, 3), 2.0, False, name="no intercept, random problems"),
    ridge(*_problems(6, 3, 15, 3, offset=1e6), 0.5, name="features at 1e6 + spread 1: centre first"),
    ridge(*_problems(7, 3, 15, 3, offset=1e6), 0.0, name="features at 1e6 with lam=0"),
    ridge(*_problems(8, 2, 12, 3, cond=1e3), 0.0, name="condition number 1e3, lam=0"),
    ridge(*_problems(9, 2, 12, 3, scale=1e-3), 1e-7, name="small features (1e-3) with a small lam"),
    ridge(*_problems(10, 3, 4, 6), 0.3, name="more features than samples (n < d), lam > 0"),
    ridge(*_large(), time_limit=1.0, name="20,000 problems of 20 x 5 within 1 s"),
]


@generate(count=10, seed=1103)
def random_problems(rng):
    g = numpy_rng(rng)
    B, n, d = rng.randint(1, 4), rng.randint(2, 10), rng.randint(1, 4)
    X = np.round(g.normal(0, 2, size=(B, n, d)), 1)
    y = np.round(g.normal(0, 3, size=(B, n)), 1)
    lam = g.uniform(0.1, 5, size=B) if rng.random() < 0.5 else rng.choice([0.1, 1.0, 10.0])
    return ridge(X, y, lam, rng.random() < 0.7)
