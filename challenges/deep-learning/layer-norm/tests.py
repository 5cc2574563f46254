import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng


def check(actual, expected, *args, **kwargs):
    if type(actual) is not np.ndarray:
        return f"expected a numpy.ndarray, got {type(actual).__name__}"
    if actual.shape != expected.shape:
        return f"shape must be {expected.shape} (the shape of x), got {actual.shape}"
    if actual.dtype != np.float64:
        return f"dtype must be float64, got {actual.dtype}"
    bad = ~np.isclose(actual, expected, rtol=1e-9, atol=1e-12)
    if bad.any():
        where = tuple(int(i) for i in np.argwhere(bad)[0])
        return (f"{int(bad.sum())} of {bad.size} values differ; first at {list(where)}: "
                f"expected {float(expected[where])!r}, got {float(actual[where])!r}")
    return None


def c(*args, kwargs=None, **options):
    return case(*args, check=check, kwargs=kwargs, **options)


X_EX = np.array([[1.0, 2.0, 3.0, 4.0], [5.0, 5.0, 5.0, 5.0]])
R0 = (np.array([1.0, 2.0, 3.0, 4.0]) - 2.5) / np.sqrt(1.25 + 1e-5)


def _rand(seed, shape, offset=0.0, scale=1.0, dtype=np.float64):
    return (offset + scale * np.random.default_rng(seed).normal(size=shape)).astype(dtype)


def _by_hand(x, k, w=None, b=None, eps=1e-5):
    lead = x.shape[: x.ndim - k]
    flat = x.reshape(lead + (-1,)).astype(np.float64)
    out = np.empty_like(flat)
    for idx in np.ndindex(*lead):
        v = flat[idx]
        m = sum(v) / len(v)
        var = sum((t - m) ** 2 for t in v) / len(v)
        out[idx] = [(t - m) / (var + eps) ** 0.5 for t in v]
    out = out.reshape(x.shape)
    if w is not None:
        out = out * w
    if b is not None:
        out = out + b
    return out


CASES = [
    c(X_EX, 4, expected=np.array([R0, np.zeros(4)]), sample=True,
      name="worked example: a constant row normalises to 0"),
    c(X_EX, (4,), np.array([1.0, 1.0, 2.0, 2.0]), np.array([0.0, 0.0, 0.0, 1.0]),
      expected=np.array([R0 * [1, 1, 2, 2] + [0, 0, 0, 1], [0.0, 0.0, 0.0, 1.0]]), sample=True,
      name="weight and bias"),
    c(np.arange(12.0).reshape(1, 3, 4), (3, 4), expected=_by_hand(np.arange(12.0).reshape(1, 3, 4), 2),
      sample=True, name="normalized_shape (3, 4): one mean over both axes"),
    c(_rand(1, (2, 5, 8)), 8, expected=_by_hand(_rand(1, (2, 5, 8)), 1), name="(batch, seq, d_model)"),
    c(_rand(2, (3, 2, 4)), (2, 4), _rand(3, (2, 4)), None, name="two axes with a weight, no bias"),
    c(_rand(4, (3, 6)), 6, None, _rand(5, (6,)), name="a bias, no weight"),
    c(_rand(6, (3, 6)), 6, kwargs={"eps": 0.5}, expected=_by_hand(_rand(6, (3, 6)), 1, eps=0.5), name="eps 0.5"),
    c(_rand(7, (4, 5), offset=1e8), 5, expected=_by_hand(_rand(7, (4, 5), offset=1e8), 1),
      name="values near 1e8 with unit spread"),
    c(_rand(8, (2, 6), scale=1e100), 6, name="values of 1e100"),
    c(_rand(9, (2, 6), scale=1e-100), 6, name="values of 1e-100: eps dominates, outputs near 0"),
    c(np.array([[3.0], [-2.0]]), 1, expected=np.zeros((2, 1)), name="a single feature: always 0"),
    c(_rand(10, (7,)), 7, expected=_by_hand(_rand(10, (7,)), 1), name="a 1-D input"),
    c(_rand(11, (2, 3, 4)), (2, 3, 4), name="normalising over every axis"),
    c(np.zeros((0, 4)), 4, expected=np.zeros((0, 4)), name="an empty batch"),
    c(np.array([[1, 2, 3], [4, 6, 8]]), 3, np.array([1, 2, 1]), np.array([0, 1, 0]), name="int64 inputs"),
    c(_rand(12, (3, 4), dtype=np.float32), 4, name="float32 inputs give float64"),
    c(_rand(13, (256, 128, 64)), 64, time_limit=2.0, name="2 million values (vectorised)"),
]


@generate(count=10, seed=21)
def random_inputs(rng):
    g = numpy_rng(rng)
    shape = tuple(int(s) for s in g.integers(1, 5, size=int(g.integers(1, 4))))
    k = int(g.integers(1, len(shape) + 1))
    norm = shape[-k:]
    x = g.normal(size=shape) * float(g.choice([0.1, 1.0, 10.0]))
    w = g.normal(size=norm) if rng.random() < 0.6 else None
    b = g.normal(size=norm) if rng.random() < 0.6 else None
    return c(x, norm if k > 1 or rng.random() < 0.5 else int(norm[0]), w, b, float(g.choice([1e-5, 1e-3])))
