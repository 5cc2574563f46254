import math

import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "close", "rel_tol": 1e-12, "abs_tol": 1e-12}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

INF = np.inf
LOG2 = math.log(2.0)

EXAMPLE = np.array([[1000.0, 1000.0], [-1000.0, -1001.0], [0.0, -INF], [-INF, -INF]])


def _cube():
    return np.random.default_rng(5).normal(0, 30, size=(3, 4, 5))


CASES = [
    case(EXAMPLE, expected=np.array([1000.0 + LOG2, -1000.0 + math.log1p(math.exp(-1.0)), 0.0, -INF]),
         sample=True, name="worked example: overflow, underflow, -inf entries, an all -inf row"),
    case(EXAMPLE, kwargs={"axis": 0}, expected=np.array([1000.0, 1000.0]), sample=True,
         name="axis=0: reduce the columns"),
    case(np.array([1.0, 2.0, 3.0]), expected=math.log(math.exp(1) + math.exp(2) + math.exp(3)), sample=True,
         name="1-D input reduces to one number"),
    case(EXAMPLE, kwargs={"keepdims": True},
         expected=np.array([[1000.0 + LOG2], [-1000.0 + math.log1p(math.exp(-1.0))], [0.0], [-INF]]),
         name="keepdims=True keeps a column of shape (4, 1)"),
    case(np.array([[0.0, 0.0], [0.0, 0.0]]), kwargs={"axis": None}, expected=math.log(4.0),
         name="axis=None reduces every entry"),
    case(np.array([[0.0, 0.0], [0.0, 0.0]]), kwargs={"axis": None, "keepdims": True},
         expected=np.array([[math.log(4.0)]]), name="axis=None with keepdims: shape (1, 1)"),
    case(np.zeros((3, 0)), expected=np.full(3, -INF), name="empty rows: -inf, the log of an empty sum"),
    case(np.zeros((0, 4)), kwargs={"axis": 0, "keepdims": True}, expected=np.full((1, 4), -INF),
         name="empty columns with keepdims: shape (1, 4) of -inf"),
    case(np.zeros((0, 4)), expected=np.zeros(0), name="no rows: an empty result of shape (0,)"),
    case(np.array([[-INF], [5.0], [-3.0]]), expected=np.array([-INF, 5.0, -3.0]),
         name="slices of length 1: the value itself"),
    case(np.array([[1e300, 1e300], [-1e300, -1e300], [1e300, -1e300], [-1e300, -INF]]),
         expected=np.array([1e300, -1e300, 1e300, -1e300]), name="magnitudes of 1e300"),
    case(np.array([1e-300, -1e-300]), expected=LOG2, name="tiny values: log 2"),
    case(np.array([800.0, 799.0, 798.0]), expected=800.0 + math.log1p(math.exp(-1.0) + math.exp(-2.0)),
         name="logits near 800: exp overflows"),
    case(np.array([-800.0, -801.0, -INF]), expected=-800.0 + math.log1p(math.exp(-1.0)),
         name="logits near -800: exp underflows to 0"),
    case(np.array([[3, 1], [-2, 7]], dtype=np.int32), expected=np.array(
        [3 + math.log1p(math.exp(-2)), 7 + math.log1p(math.exp(-9))]), name="int32 input gives float64"),
    case(np.array([[0.1, 0.2, 0.3]], dtype=np.float32), kwargs={"axis": 1},
         name="float32 input: compute in float64"),
    case(_cube(), kwargs={"axis": 1}, name="3-D input, axis=1"),
    case(_cube(), kwargs={"axis": -2, "keepdims": True}, name="3-D input, axis=-2 with keepdims"),
    case(np.array([[0.0, -INF, -INF], [-INF, -INF, -INF], [2.0, 2.0, 2.0]]), kwargs={"axis": 0},
         expected=np.array([2.0 + math.log1p(math.exp(-2.0)), 2.0, 2.0]), name="-inf along axis 0"),
]


@generate(count=12, seed=131)
def random_logits(rng):
    g = numpy_rng(rng)
    ndim = rng.randint(1, 3)
    shape = tuple(rng.randint(0 if rng.random() < 0.1 else 1, 5) for _ in range(ndim))
    x = g.normal(0, 10.0 ** rng.uniform(-2, 3), size=shape)
    if rng.random() < 0.4:
        x[g.random(shape) < 0.3] = -INF
    axis = rng.choice([None] + list(range(-ndim, ndim)))
    return case(x, kwargs={"axis": axis, "keepdims": rng.random() < 0.5})
