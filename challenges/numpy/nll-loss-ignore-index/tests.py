import math

import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "close", "rel_tol": 1e-12, "abs_tol": 1e-12}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

NAN, INF = float("nan"), float("inf")

EX_LP = np.log(np.array([[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4], [0.5, 0.25, 0.25]]))
EX_T = np.array([0, 1, -100, 2])
L0, L1, L3 = -math.log(0.7), -math.log(0.8), -math.log(0.25)


def _log_softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def _batch(seed, n, c, p_ignore=0.2, ignore_index=-100):
    g = np.random.default_rng(seed)
    t = g.integers(0, c, size=n)
    t[g.random(n) < p_ignore] = ignore_index
    return _log_softmax(g.normal(0, 3, size=(n, c))), t


BIG_LP, BIG_T = _batch(2024, 200_000, 20)

CASES = [
    case(EX_LP, EX_T, expected=(L0 + L1 + L3) / 3, sample=True, name="worked example: mean over kept rows"),
    case(EX_LP, EX_T, kwargs={"reduction": "none"}, expected=np.array([L0, L1, 0.0, L3]), sample=True,
         name="reduction='none': 0 for the padding row"),
    case(EX_LP, EX_T, np.array([1.0, 1.0, 2.0]), expected=(L0 + L1 + 2 * L3) / 4, sample=True,
         name="class weights: divide by the sum of the kept rows' weights"),
    case(EX_LP, EX_T, kwargs={"reduction": "sum"}, expected=L0 + L1 + L3, name="reduction='sum'"),
    case(EX_LP, EX_T, np.array([0.5, 3.0, 1.0]), kwargs={"reduction": "none"},
         expected=np.array([0.5 * L0, 3.0 * L1, 0.0, L3]), name="weights with reduction='none'"),
    case(EX_LP, EX_T, np.array([0.5, 3.0, 1.0]), kwargs={"reduction": "sum"},
         expected=0.5 * L0 + 3.0 * L1 + L3, name="weights with reduction='sum'"),
    case(EX_LP, np.array([0, 1, 0, 2]), kwargs={"ignore_index": 0}, expected=(L1 + L3) / 2,
         name="ignore_index=0: a real class id is ignored too"),
    case(EX_LP, np.array([-1, 1, -1, 2]), kwargs={"ignore_index": -1, "reduction": "none"},
         expected=np.array([0.0, L1, 0.0, L3]), name="ignore_index=-1 must not pick the last column"),
    case(EX_LP, np.array([-100, -100, -100, -100]), expected=NAN, name="every row ignored: the mean is NaN"),
    case(EX_LP, np.array([-100, -100, -100, -100]), kwargs={"reduction": "sum"}, expected=0.0,
         name="every row ignored: the sum is 0.0"),
    case(np.zeros((0, 3)), np.zeros(0, dtype=np.int64), expected=NAN, name="no rows: the mean is NaN"),
    case(np.zeros((0, 3)), np.zeros(0, dtype=np.int64), kwargs={"reduction": "none"},
         expected=np.zeros(0), name="no rows: reduction='none' is empty"),
    case(np.array([[-0.25]]), np.array([0]), expected=0.25, name="one row, one class"),
    case(np.array([[0.0, -INF], [-INF, 0.0]]), np.array([1, -100]), kwargs={"reduction": "none"},
         expected=np.array([INF, 0.0]), name="-inf log-probability: inf for a kept row, 0 (not NaN) when ignored"),
    case(np.array([[0.0, -INF], [-INF, 0.0]]), np.array([0, -100]), expected=0.0,
         name="an ignored row with -inf does not poison the mean"),
    case(np.array([[-1e300, 0.0], [0.0, -1e300], [-2.0, 0.0]]), np.array([0, 1, 0]), kwargs={"reduction": "sum"},
         expected=2e300 + 2.0, name="log-probabilities of -1e300"),
    case(np.array([[-1e-300, -700.0], [-690.0, -1e-300]]), np.array([0, 1]), np.array([1e-3, 1e3]),
         expected=(1e-3 * 1e-300 + 1e3 * 1e-300) / (1e-3 + 1e3), name="tiny losses and very unequal weights"),
    case(*_batch(7, 40, 5), np.linspace(0.2, 3.0, 5), name="40 rows, 5 weighted classes"),
    case(_batch(8, 30, 4)[0], _batch(8, 30, 4)[1].astype(np.int32), kwargs={"reduction": "none"},
         name="int32 targets"),
    case(BIG_LP, BIG_T, time_limit=1.0, name="200,000 rows x 20 classes within 1 s (no loop over rows)"),
]


@generate(count=12, seed=211)
def random_batches(rng):
    g = numpy_rng(rng)
    n, c = rng.randint(0, 30), rng.randint(1, 6)
    ignore_index = rng.choice([-100, -1, 0, c - 1])
    t = g.integers(0, c, size=n)
    t[g.random(n) < rng.choice([0.0, 0.3, 1.0])] = ignore_index
    lp = _log_softmax(g.normal(0, 2, size=(n, c))) if n else np.zeros((0, c))
    weight = g.uniform(0.1, 5.0, size=c) if rng.random() < 0.5 else None
    reduction = rng.choice(["none", "sum", "mean"])
    return case(lp, t, weight, kwargs={"ignore_index": ignore_index, "reduction": reduction})
