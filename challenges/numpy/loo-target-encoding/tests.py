import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "close", "rel_tol": 1e-9, "abs_tol": 1e-12}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

EX_TR = np.array(["a", "b", "a", "a", "c"])
EX_Y = np.array([1.0, 0.0, 0.0, 1.0, 1.0])
EX_TE = np.array(["a", "c", "z"])


def _loop(train_cats, train_y, test_cats, m=10.0):
    """An independent dict-and-loop version: the expected values of the hand-written cases."""
    prior = sum(float(v) for v in train_y) / len(train_y)
    S, N = {}, {}
    for c, v in zip(train_cats.tolist(), train_y.tolist()):
        S[c] = S.get(c, 0.0) + float(v)
        N[c] = N.get(c, 0) + 1
    tr = []
    for c, v in zip(train_cats.tolist(), train_y.tolist()):
        den = N[c] - 1 + m
        tr.append((S[c] - float(v) + m * prior) / den if den > 0 else prior)
    te = [(S[c] + m * prior) / (N[c] + m) if c in S else prior for c in test_cats.tolist()]
    return np.array(tr, dtype=np.float64), np.array(te, dtype=np.float64)


def loop_case(train_cats, train_y, test_cats, *rest, name, **options):
    m = rest[0] if rest else 10.0
    return case(train_cats, train_y, test_cats, *rest, expected=_loop(train_cats, train_y, test_cats, m),
                name=name, **options)


def _shop(seed, n_train, n_test, k, zipf=1.3):
    g = np.random.default_rng(seed)
    cats_tr = np.minimum(g.zipf(zipf, size=n_train), k) * 7  # long tail of rare categories
    cats_te = np.minimum(g.zipf(zipf, size=n_test), k + 50) * 7
    p = g.random(k + 1)
    y = (g.random(n_train) < p[cats_tr // 7 - 1]).astype(np.float64)
    return cats_tr, y, cats_te


def _large():
    g = np.random.default_rng(2024)
    tr = g.integers(0, 50_000, size=1_000_000)
    return tr, g.normal(100.0, 20.0, size=1_000_000), g.integers(0, 55_000, size=200_000)


CASES = [
    case(EX_TR, EX_Y, EX_TE, 1.0, expected=(np.array([1.6 / 3, 0.6, 2.6 / 3, 1.6 / 3, 0.6]),
                                            np.array([0.65, 0.8, 0.6])), sample=True,
         name="worked example, smoothing=1: leave-one-out, a single-row category, an unseen one"),
    loop_case(EX_TR, EX_Y, EX_TE, sample=True, name="the default smoothing=10"),
    loop_case(np.array([3, 1, 3, 2, 1, 3]), np.array([10.0, 4.0, 6.0, 1.0, 2.0, 8.0]), np.array([1, 2, 3, 4, 0]), 0.0,
              sample=True, name="integer categories, smoothing=0: plain leave-one-out means"),
    case(np.array(["x"]), np.array([5.0]), np.array(["x", "y"]), 0.0, expected=(np.array([5.0]), np.array([5.0, 5.0])),
         name="one training row, smoothing=0: 0 / 0 gives the prior"),
    case(np.array([1, 1]), np.array([2.0, 4.0]), np.array([1]), 0.0, expected=(np.array([4.0, 2.0]), np.array([3.0])),
         name="two rows, one category: each row gets the other's target"),
    case(np.array([1, 2]), np.array([0.0, 1.0]), np.array([], dtype=np.int64), 0.0,
         expected=(np.array([0.5, 0.5]), np.zeros(0)), name="no test rows; categories seen once fall back to the prior"),
    case(np.array([5, 5, 5]), np.array([1, 0, 1]), np.array([0, 9]), 2.0,
         expected=(np.array([(1 + 4 / 3) / 4, (2 + 4 / 3) / 4, (1 + 4 / 3) / 4]), np.array([2 / 3, 2 / 3])),
         name="unseen test categories below and above every training category"),
    loop_case(np.array(["b", "a", "b"]), np.array([True, False, True]), np.array(["a", "b", "c"]), 3.0,
              name="bool targets"),
    loop_case(np.array([2, 2, 7, 7, 7]), np.array([1e6, -1e6, 1e6, 5e5, -3e5]), np.array([2, 7]), 0.5,
              name="regression targets near 1e6"),
    loop_case(np.array([1, 1, 1, 2]), np.array([1.0, 0.0, 1.0, 0.0]), np.array([1, 2]), 1e9,
              name="huge smoothing: everything near the prior"),
    loop_case(*_shop(5, 300, 100, 40), name="300 purchases over a long tail of 40 categories"),
    loop_case(*_shop(6, 300, 100, 40), 0.0, name="long tail with smoothing=0"),
    loop_case(np.array([f"zip{v:05d}" for v in _shop(7, 200, 80, 30)[0]]), _shop(7, 200, 80, 30)[1],
              np.array([f"zip{v:05d}" for v in _shop(7, 200, 80, 30)[2]]), 5.0, name="string zip codes"),
    case(*_large(), time_limit=2.0, name="1,000,000 training rows, 50,000 categories, within 2 s"),
]


@generate(count=12, seed=1409)
def random_encodings(rng):
    g = numpy_rng(rng)
    n, k = rng.randint(1, 30), rng.randint(1, 8)
    cats = g.integers(0, k, size=n)
    y = g.integers(0, 2, size=n).astype(np.float64) if rng.random() < 0.6 else np.round(g.normal(0, 5, size=n), 1)
    test = g.integers(-1, k + 2, size=rng.randint(0, 10))
    if rng.random() < 0.3:
        cats, test = np.array([f"c{v}" for v in cats]), np.array([f"c{v}" for v in test], dtype=str)
    return case(cats, y, test, rng.choice([0.0, 0.5, 1.0, 10.0]))
