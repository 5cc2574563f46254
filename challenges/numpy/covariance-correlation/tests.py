import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "close", "rel_tol": 1e-9, "abs_tol": 1e-12}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

NAN = np.nan
EX = np.array([[1.0, 2.0, 5.0], [2.0, 4.0, 5.0], [3.0, 5.0, 5.0], [4.0, 9.0, 5.0]])
R = 11 / np.sqrt(5 / 3 * 26 / 3) / 3


def _features(seed, n, d, offset=0.0, scale=1.0):
    g = np.random.default_rng(seed)
    mix = g.normal(size=(d, d))
    return offset + scale * (g.normal(size=(n, d)) @ mix)


def _offset_expected(seed, n, d, offset):
    """The covariance of the offset data equals that of the same noise without the offset: the
    noise is built on a grid of 1/1024, so adding 1e9 is exact and the two are the same data."""
    g = np.random.default_rng(seed)
    noise = np.round(g.normal(size=(n, d)) * 1024) / 1024
    return offset + noise, noise


OFF_X, OFF_NOISE = _offset_expected(5, 30, 3, 1e9)


def _cov_corr_exact(X, ddof=1):
    X = np.asarray(X, dtype=np.float64)
    Xc = X - X.mean(axis=0)
    cov = Xc.T @ Xc / (len(X) - ddof)
    s = np.sqrt(np.diag(cov))
    return cov, np.clip(cov / np.outer(s, s), -1, 1)


CASES = [
    case(EX, expected=(np.array([[5 / 3, 11 / 3, 0.0], [11 / 3, 26 / 3, 0.0], [0.0, 0.0, 0.0]]),
                       np.array([[1.0, R, NAN], [R, 1.0, NAN], [NAN, NAN, NAN]])), sample=True,
         name="worked example: a constant column gives NaN correlations"),
    case(EX[:, :2], 0, expected=(np.array([[5 / 4, 11 / 4], [11 / 4, 26 / 4]]), np.array([[1.0, R], [R, 1.0]])),
         sample=True, name="ddof=0: population covariance, same correlation"),
    case(np.array([[1.0, -2.0], [2.0, -4.0], [3.0, -6.0]]),
         expected=(np.array([[1.0, -2.0], [-2.0, 4.0]]), np.array([[1.0, -1.0], [-1.0, 1.0]])), sample=True,
         name="perfectly anti-correlated columns: exactly -1"),
    case(np.array([[3.0], [5.0]]), expected=(np.array([[2.0]]), np.array([[1.0]])), name="n = 2, d = 1"),
    case(np.array([[3.0, 1.0]]), 0, expected=(np.zeros((2, 2)), np.full((2, 2), NAN)),
         name="n = 1 with ddof=0: every column is constant"),
    case(np.array([[0.1, 1.0], [0.1, 2.0], [0.1, 4.0]]),
         expected=(np.array([[0.0, 0.0], [0.0, 7 / 3]]), np.array([[NAN, NAN], [NAN, 1.0]])),
         name="a constant column of 0.1: its mean is not exactly 0.1, its variance is exactly 0"),
    case(np.full((4, 2), 7.0), expected=(np.zeros((2, 2)), np.full((2, 2), NAN)), name="every column constant"),
    case(OFF_X, expected=_cov_corr_exact(OFF_NOISE), name="values at 1e9 + noise: centre first"),
    case(OFF_X, 0, expected=_cov_corr_exact(OFF_NOISE, 0), name="values at 1e9 + noise, ddof=0"),
    case(np.array([[1, 2], [3, 7], [4, 1], [10, 0]], dtype=np.int64), name="integer input"),
    case(_features(6, 50, 4, scale=1e-150), name="tiny values near 1e-150"),
    case(_features(7, 50, 4, scale=1e9 / 5), name="large values near 1e9"),
    case(_features(8, 200, 6), name="200 samples, 6 mixed features"),
    case(_features(9, 5, 8), name="more features than samples (n < d)"),
]


@generate(count=12, seed=1301)
def random_matrices(rng):
    g = numpy_rng(rng)
    n, d = rng.randint(2, 12), rng.randint(1, 5)
    X = np.round(g.normal(0, 3, size=(n, d)), 1)
    if rng.random() < 0.3:
        X[:, rng.randrange(d)] = rng.choice([0.0, 0.1, -2.5])
    return case(X, rng.randint(0, 1))
