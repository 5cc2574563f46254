import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng, well_conditioned

COMPARE = {"name": "close", "rel_tol": 1e-7, "abs_tol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

EX_X = np.array([[8, 0], [1, 2], [1, 8], [8, 5], [0, 0], [3, 4], [6, 4], [2, 1], [6, 7], [0, 1]], dtype=float)
EX_Y = np.array([8.7, 0.9, 4.2, 8.5, -3.2, 3.8, 9.4, 1.8, 12.4, -0.1])


def _data(seed, n, d, noise, scale=1.0, shift=0.0):
    g = np.random.default_rng(seed)
    X = well_conditioned(seed, n, d, cond=5.0) * scale + shift
    y = X @ g.normal(0, 1, d) / scale + g.normal(0, noise, n)
    return X, y


def _constant_columns():
    _, y = _data(4, 24, 2, 1.0)
    return np.tile([3.0, -1.5], (24, 1)), y


_X30, _Y30 = _data(1, 30, 3, 2.0)
_XC, _YC = _constant_columns()
_XBIG, _YBIG = _data(6, 40, 4, 0.5, scale=1e6, shift=5e6)
_X1, _Y1 = _data(7, 16, 1, 0.3)
_XW, _YW = _data(8, 60, 12, 3.0)
_XD, _YD = _data(101, 30, 6, 3.0)  # n_inner = 2 or 4 would choose other alphas here

CASES = [
    case(EX_X, EX_Y, [0.1, 10.0, 100.0], 3, 2, 1,
         expected={"outer_scores": [0.8516522219694983, 0.32486118367806216, 0.777708017178788],
                   "best_alphas": [10.0, 0.1, 10.0], "nested_score": 0.6514071409421162,
                   "non_nested_score": 0.7885440770117448},
         sample=True, name="worked example: the non-nested score is 0.14 too optimistic"),
    case(_X30, _Y30, [0.01, 1.0, 100.0], sample=True,
         name="defaults: 5 outer folds, 3 inner, seed 0"),
    case(_XD, _YD, [0.3, 3.0, 30.0, 300.0],
         name="defaults again, on data where 2 or 4 inner folds would choose differently"),
    case(EX_X.tolist(), EX_Y.tolist(), [100.0, 10.0, 0.1], 3, 2, 1, sample=True,
         name="nested lists; the grid in another order"),
    case(_X30, _Y30, [0.01, 1.0, 100.0], 4, 2, 7, name="30 rows in 4 outer folds: sizes 8, 8, 7, 7"),
    case(_X30, _Y30, [0.01, 1.0, 100.0], 5, 3, 123, name="another seed shuffles other outer folds"),
    case(_X30, _Y30, [1.0], 3, 2, 0, name="a grid of one alpha: nested equals non-nested"),
    case(_XC, _YC, [5.0, 0.5, 50.0], 3, 2, 2,
         name="equal inner means (constant features: every alpha fits w = 0): the first alpha wins"),
    case(_XBIG, _YBIG, [1e-8, 1e4, 1e12], 4, 3, 5, name="features around 5e6: centring keeps the fit exact"),
    case(_X1, _Y1, [1e-3, 1.0, 1e3, 1e6], 2, 2, 9, name="one feature, 2 x 2 folds, a huge penalty"),
    case(_XW, _YW, [0.1, 1.0, 10.0, 100.0, 1000.0], 5, 4, 11, name="12 features, 5 x 4 folds"),
    case(*_data(12, 8, 1, 1.0), [0.5, 5.0], 2, 2, 3, name="the smallest size allowed: n = 2 * 2 * 2"),
]


@generate(count=8, seed=2718)
def random_problems(rng):
    g = numpy_rng(rng)
    n_outer, n_inner = rng.randint(2, 5), rng.randint(2, 4)
    n = rng.randint(2 * n_outer * n_inner, 50)
    d = rng.randint(1, 5)
    X = g.normal(0, 1, (n, d)) * g.uniform(0.5, 3, d)
    y = X @ g.normal(0, 1, d) + g.normal(0, rng.uniform(0.2, 3), n)
    alphas = sorted({10.0 ** k for k in g.integers(-2, 4, 4).tolist()})
    return case(X, y, alphas, n_outer, n_inner, rng.randint(0, 10_000))
