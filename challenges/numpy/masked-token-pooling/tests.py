import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "ndarray", "rtol": 1e-12, "atol": 1e-12, "dtype": "kind"}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

NAN, INF = np.nan, np.inf
EX_H = np.array([[[1.0, 2.0], [3.0, 4.0], [NAN, 9.0]],
                 [[5.0, -1.0], [0.0, 0.0], [0.0, 0.0]],
                 [[7.0, 7.0], [INF, 1.0], [2.0, 2.0]]])
EX_M = np.array([[1, 1, 0], [1, 0, 0], [0, 0, 0]])


def _batch(seed, b, t, d, garbage=True, scale=1.0):
    g = np.random.default_rng(seed)
    h = scale * g.normal(size=(b, t, d))
    lengths = g.integers(0, t + 1, size=b)
    mask = np.arange(t)[None, :] < lengths[:, None]
    if garbage:
        h[~mask] = g.choice([NAN, INF, -INF, 1e300], size=int((~mask).sum()))[:, None]
    return h, mask


CASES = [
    case(EX_H, EX_M, expected=np.array([[2.0, 3.0], [5.0, -1.0], [0.0, 0.0]]), sample=True,
         name="worked example: mean, NaN and inf in padding, an all-padding sentence"),
    case(EX_H, EX_M, kwargs={"mode": "max"}, expected=np.array([[3.0, 4.0], [5.0, -1.0], [0.0, 0.0]]),
         sample=True, name="worked example: max"),
    case(EX_H, EX_M, kwargs={"mode": "sum"}, expected=np.array([[4.0, 6.0], [5.0, -1.0], [0.0, 0.0]]),
         sample=True, name="worked example: sum"),
    case(np.array([[[-3.0, -5.0], [-1.0, -7.0], [0.0, 0.0]]]), np.array([[True, True, False]]),
         kwargs={"mode": "max"}, expected=np.array([[-1.0, -5.0]]),
         name="max of negative values: padding zeros must not win"),
    case(np.array([[[2.0], [4.0], [6.0], [8.0]]]), np.array([[False, True, True, False]]),
         expected=np.array([[5.0]]), name="bool mask, real tokens in the middle"),
    case(np.array([[[2.0, 1.0]]]), np.array([[1]]), kwargs={"mode": "mean"}, expected=np.array([[2.0, 1.0]]),
         name="one sentence of one token"),
    case(np.zeros((0, 4, 3)), np.zeros((0, 4), dtype=bool), expected=np.zeros((0, 3)), name="an empty batch"),
    case(np.zeros((2, 0, 3)), np.zeros((2, 0), dtype=bool), kwargs={"mode": "max"}, expected=np.zeros((2, 3)),
         name="T = 0 with max: zeros, no error"),
    case(np.full((2, 3, 2), NAN), np.zeros((2, 3), dtype=np.int64), kwargs={"mode": "sum"},
         expected=np.zeros((2, 2)), name="all padding, all NaN: zeros"),
    case(np.array([[[1e150, -1e150], [1e150, 1e150]]]), np.array([[1, 1]]), expected=np.array([[1e150, 0.0]]),
         name="magnitudes of 1e150"),
    case(np.array([[[1, 2], [3, 5], [100, 100]]], dtype=np.int32), np.array([[1, 1, 0]], dtype=np.int8),
         expected=np.array([[2.0, 3.5]]), name="int32 embeddings and an int8 mask give float64"),
    case(*_batch(5, 6, 7, 4), name="random lengths with garbage padding: mean"),
    case(*_batch(6, 6, 7, 4), kwargs={"mode": "max"}, name="random lengths with garbage padding: max"),
    case(*_batch(7, 6, 7, 4), kwargs={"mode": "sum"}, name="random lengths with garbage padding: sum"),
    case(*_batch(8, 5, 4, 3, scale=1e-200), name="tiny values near 1e-200"),
    case(*_batch(2024, 256, 128, 64), time_limit=1.0, name="256 x 128 x 64 within 1 s"),
]


@generate(count=12, seed=701)
def random_batches(rng):
    g = numpy_rng(rng)
    b, t, d = rng.randint(0, 5), rng.randint(0, 6), rng.randint(1, 4)
    h = np.round(g.normal(size=(b, t, d)), 1)
    mask = g.random((b, t)) < rng.choice([0.0, 0.5, 0.9])
    h[~mask] = rng.choice([NAN, INF, 0.0, 50.0])
    mask = mask.astype(rng.choice([bool, np.int64]))
    return case(h, mask, kwargs={"mode": rng.choice(["mean", "sum", "max"])})
