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
            (g.normal(size=(3 * h, i)) * scale).astype(dtype),
            (g.normal(size=(3 * h, h)) * scale).astype(dtype),
            (g.normal(size=3 * h) * scale).astype(dtype),
            (g.normal(size=3 * h) * scale).astype(dtype)]
    if with_h0:
        args.append(g.uniform(-1, 1, size=(n, h)).astype(dtype))
    return args


X_EX = np.array([[[1.0]], [[-1.0]]])
WI_EX = np.array([[1.0], [0.0], [2.0]])
WH_EX = np.array([[0.0], [1.0], [1.0]])
BI_EX, BH_EX = np.zeros(3), np.array([0.0, 0.0, 1.0])


def _sig(v):
    return 1.0 / (1.0 + np.exp(-v))


def _one_unit(h0):
    """The worked example, step by step with scalars."""
    h, out = h0, []
    for xt in (1.0, -1.0):
        r, z = _sig(xt), _sig(h)
        n = np.tanh(2.0 * xt + r * (h + 1.0))
        h = (1.0 - z) * n + z * h
        out.append(h)
    return np.array(out).reshape(2, 1, 1), np.array([[h]])


def _blocks_differ():
    """H = 2, I = 1: each gate gets a distinct weight so that a swapped block shows."""
    x = np.array([[[0.5]], [[1.5]], [[-0.5]]])
    wi = np.array([[1.0], [-1.0], [0.5], [2.0], [-2.0], [3.0]])
    wh = np.array([[0.1, 0.2], [0.3, -0.4], [0.5, 0.6], [-0.7, 0.8], [0.9, -1.0], [1.1, 1.2]])
    bi = np.array([0.1, -0.2, 0.3, -0.4, 0.5, -0.6])
    bh = np.array([-0.1, 0.2, -0.3, 0.4, 0.7, -0.8])
    return x, wi, wh, bi, bh


def _by_hand(x, wi, wh, bi, bh, h):
    out = []
    for xt in x:
        gi, gh = xt @ wi.T + bi, h @ wh.T + bh
        k = h.shape[1]
        r = _sig(gi[:, :k] + gh[:, :k])
        z = _sig(gi[:, k:2 * k] + gh[:, k:2 * k])
        n = np.tanh(gi[:, 2 * k:] + r * gh[:, 2 * k:])
        h = (1 - z) * n + z * h
        out.append(h)
    return np.array(out), h


def _saturated():
    x = np.full((3, 2, 1), 1000.0)
    x[1] = -1000.0
    return x, np.ones((3, 1)), np.ones((3, 1)), np.zeros(3), np.zeros(3)


CASES = [
    c(X_EX, WI_EX, WH_EX, BI_EX, BH_EX, expected=_one_unit(0.0), sample=True,
      name="worked example, h0 left out: zeros"),
    c(X_EX, WI_EX, WH_EX, BI_EX, BH_EX, np.array([[0.5]]), expected=_one_unit(0.5), sample=True,
      name="worked example with h0 = 0.5"),
    c(*_params(1, 4, 3, 2, 5), sample=True, name="random T = 4, N = 3, I = 2, H = 5"),
    c(*_blocks_differ(), np.array([[0.3, -0.6]]), expected=_by_hand(*_blocks_differ(), np.array([[0.3, -0.6]])),
      name="H = 2: the r, z, n blocks are rows 0-1, 2-3, 4-5"),
    c(*_params(2, 5, 2, 3, 4, with_h0=False), None, name="h0 = None passed explicitly"),
    c(*_params(3, 6, 2, 3, 4, with_h0=False), kwargs={"h0": np.full((2, 4), 0.9)}, name="h0 as a keyword"),
    c(*_params(4, 0, 2, 3, 4), name="T = 0: empty output, h_T = h0"),
    c(*_params(5, 0, 2, 3, 4, with_h0=False), expected=(np.zeros((0, 2, 4)), np.zeros((2, 4))),
      name="T = 0 without h0: h_T is zeros"),
    c(*_params(6, 1, 1, 1, 1), name="T = N = I = H = 1"),
    c(*_saturated(), np.array([[0.25], [-0.5]]),
      name="pre-activations of ±1000: gates exactly 0 or 1, no NaN"),
    c(*_params(7, 8, 3, 2, 3, scale=300.0), name="weights of scale 300: saturated gates throughout"),
    c(*_params(8, 8, 3, 2, 3, scale=1e-8), name="tiny weights: the state barely moves"),
    c(np.array([[[1, 0]], [[0, 1]]]), np.ones((3, 2), dtype=np.int64), np.eye(3, 1, dtype=np.int64),
      np.array([0, 1, 0]), np.array([1, 0, -1]), name="int64 inputs give float64"),
    c(*_params(9, 3, 2, 2, 2, dtype=np.float32), name="float32 inputs give float64"),
    c(*_params(10, 1000, 64, 8, 16), time_limit=2.0, name="1,000 steps, batch 64 (loop over time only)"),
]


@generate(count=10, seed=3)
def random_sequences(rng):
    g = numpy_rng(rng)
    t, n, i, h = (int(v) for v in g.integers(1, 6, size=4))
    return c(*_params(rng.randrange(2**32), t, n, i, h, scale=float(g.choice([0.5, 1.0, 3.0])),
                      with_h0=rng.random() < 0.7))
