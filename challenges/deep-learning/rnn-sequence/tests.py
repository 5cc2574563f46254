import math

import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

NAMES = ("output", "h_T")


def check(actual, expected, *args, **kwargs):
    if type(actual) is not tuple or len(actual) != 2:
        return f"expected a tuple (output, h_T) of two arrays, got {type(actual).__name__}"
    for name, got, exp in zip(NAMES, actual, expected):
        if type(got) is not np.ndarray:
            return f"{name}: expected a numpy.ndarray, got {type(got).__name__}"
        if got.shape != exp.shape:
            return f"{name}: shape must be {exp.shape}, got {got.shape}"
        if got.dtype != np.float64:
            return f"{name}: dtype must be float64, got {got.dtype}"
        bad = ~np.isclose(got, exp, rtol=1e-7, atol=1e-10, equal_nan=False)
        if bad.any():
            where = tuple(int(i) for i in np.argwhere(bad)[0])
            return (f"{name}: {int(bad.sum())} of {bad.size} values differ; first at {list(where)}: "
                    f"expected {float(exp[where])!r}, got {float(got[where])!r}")
    return None


def c(*args, kwargs=None, **options):
    return case(*args, check=check, kwargs=kwargs, **options)


def _params(seed, t, n, i, h, scale=1.0, dtype=np.float64, with_h0=True):
    g = np.random.default_rng(seed)
    args = [(g.normal(size=(t, n, i)) * scale).astype(dtype),
            (g.normal(size=(h, i)) * scale).astype(dtype),
            (g.normal(size=(h, h)) * scale / math.sqrt(h)).astype(dtype),
            (g.normal(size=h) * scale).astype(dtype),
            (g.normal(size=h) * scale).astype(dtype)]
    if with_h0:
        args.append(g.uniform(-1, 1, size=(n, h)).astype(dtype))
    return args


X_EX = np.array([[[1.0]], [[2.0]], [[-1.0]]])
T1 = math.tanh(0.5)
T2 = math.tanh(-1.0 + T1)


def _by_hand(x, wi, wh, bi, bh, h, act):
    out = []
    for xt in x:
        h = act(xt @ wi.T + bi + h @ wh.T + bh)
        out.append(h)
    return np.array(out).reshape(len(x), *h.shape), h


def _rect():
    """H = 3, I = 2: a non-square weight_ih and a non-symmetric weight_hh show a missing transpose."""
    x = np.array([[[1.0, -1.0]], [[0.5, 2.0]]])
    wi = np.array([[0.1, 0.2], [-0.3, 0.4], [0.5, -0.6]])
    wh = np.array([[0.1, 0.7, -0.2], [0.0, 0.3, 0.9], [-0.5, 0.2, 0.1]])
    return x, wi, wh, np.array([0.1, 0.0, -0.1]), np.array([0.2, -0.3, 0.0])


def _relu(a):
    return np.maximum(a, 0.0)


CASES = [
    c(X_EX, np.array([[0.5]]), np.array([[1.0]]), np.array([0.0]), np.array([-0.5]),
      expected=(np.array([[[0.0]], [[T1]], [[T2]]]), np.array([[T2]])), sample=True,
      name="worked example: tanh, h0 left out"),
    c(X_EX, np.array([[0.5]]), np.array([[-1.0]]), np.array([0.0]), np.array([0.5]), kwargs={"nonlinearity": "relu"},
      expected=(np.array([[[1.0]], [[0.5]], [[0.0]]]), np.array([[0.0]])), sample=True,
      name="worked example: relu"),
    c(*_params(1, 4, 3, 2, 5), sample=True, name="random T = 4, N = 3, I = 2, H = 5"),
    c(*_rect(), np.array([[0.5, -0.5, 1.0]]),
      expected=_by_hand(*_rect(), np.array([[0.5, -0.5, 1.0]]), np.tanh),
      name="(H, I) = (3, 2): the weights are (out, in), multiply by their transposes"),
    c(*_rect(), np.array([[0.5, -0.5, 1.0]]), "relu",
      expected=_by_hand(*_rect(), np.array([[0.5, -0.5, 1.0]]), _relu), name="the same with relu"),
    c(*_params(2, 5, 2, 3, 4, with_h0=False), None, name="h0 = None passed explicitly"),
    c(*_params(3, 6, 2, 3, 4, with_h0=False), kwargs={"h0": np.full((2, 4), 0.9)}, name="h0 as a keyword"),
    c(*_params(4, 0, 2, 3, 4), name="T = 0: empty output, h_T = h0"),
    c(*_params(5, 0, 2, 3, 4, with_h0=False), expected=(np.zeros((0, 2, 4)), np.zeros((2, 4))),
      name="T = 0 without h0: h_T is zeros"),
    c(*_params(6, 1, 1, 1, 1), name="T = N = I = H = 1"),
    c(*_params(7, 8, 3, 2, 3, scale=300.0), name="weights of scale 300: tanh saturates at ±1"),
    c(*_params(8, 8, 3, 2, 3, scale=300.0), "relu", name="relu with weights of scale 300: large but finite"),
    c(*_params(9, 8, 3, 2, 3, scale=1e-8), name="tiny weights"),
    c(np.array([[[1, 0]], [[0, 1]]]), np.ones((2, 2), dtype=np.int64), np.eye(2, dtype=np.int64),
      np.array([0, 1]), np.array([1, 0]), name="int64 inputs give float64"),
    c(*_params(10, 3, 2, 2, 2, dtype=np.float32), name="float32 inputs give float64"),
    c(*_params(11, 1000, 64, 8, 16), time_limit=2.0, name="1,000 steps, batch 64 (loop over time only)"),
]


@generate(count=10, seed=4)
def random_sequences(rng):
    g = numpy_rng(rng)
    t, n, i, h = (int(v) for v in g.integers(1, 6, size=4))
    args = _params(rng.randrange(2**32), t, n, i, h, scale=float(g.choice([0.5, 1.0, 3.0])), with_h0=rng.random() < 0.7)
    if len(args) == 5:
        args.append(None)
    return c(*args, rng.choice(["tanh", "relu"]))
