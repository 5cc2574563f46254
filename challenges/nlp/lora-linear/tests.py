import math

import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _expected(x, weight, lora_A, lora_B, lora_alpha, bias=None, use_rslora=False):
    """Independent: merge first (the weight PEFT's merge_and_unload leaves), then one product."""
    x, W, A, B = (np.asarray(a, dtype=np.float64) for a in (x, weight, lora_A, lora_B))
    r = A.shape[0]
    scaling = lora_alpha / (math.sqrt(r) if use_rslora else r)
    merged = W + scaling * np.einsum("or,ri->oi", B, A)
    y = np.einsum("...i,oi->...o", x, merged)
    if bias is not None:
        y = y + np.asarray(bias, dtype=np.float64)
    return y, merged


def _close(name, actual, expected, rtol=1e-9, atol=1e-12):
    if type(actual) is not np.ndarray:
        return f"{name}: expected a numpy.ndarray, got {type(actual).__name__}"
    if actual.shape != expected.shape:
        return f"{name}: shape must be {expected.shape}, got {actual.shape}"
    if actual.dtype != np.float64:
        return f"{name}: dtype must be float64, got {actual.dtype}"
    bad = ~np.isclose(actual, expected, rtol=rtol, atol=atol)
    if bad.any():
        where = tuple(int(v) for v in np.argwhere(bad)[0])
        return (f"{name}: {int(bad.sum())} of {bad.size} values differ; first at {list(where)}: "
                f"expected {float(expected[where])!r}, got {float(actual[where])!r}")
    return None


def lora_ok(actual, expected, x, weight, lora_A, lora_B, lora_alpha, bias=None, use_rslora=False):
    if type(actual) is not tuple or len(actual) != 2:
        return f"expected a tuple (y, merged_weight), got {type(actual).__name__}"
    problem = _close("merged_weight", actual[1], expected[1]) or _close("y", actual[0], expected[0])
    if problem:
        return problem
    # the merged layer must give the adapter's output
    xs = np.asarray(x, dtype=np.float64)
    again = xs @ actual[1].T + (0.0 if bias is None else np.asarray(bias, dtype=np.float64))
    scale = max(float(np.abs(xs).max(initial=0.0) * np.abs(actual[1]).max(initial=0.0)), 1e-300)
    if not np.allclose(again, actual[0], rtol=1e-7, atol=1e-9 * scale * xs.shape[-1]):
        return "x @ merged_weight.T + bias differs from y: merging must not change the layer's output"
    return None


def c(*args, **options):
    kwargs = options.pop("kwargs", {})
    return case(*args, kwargs=kwargs, check=lora_ok,
                expected=options.pop("expected", None) or _expected(*args, **kwargs), **options)


def _layer(seed, n, d_in, d_out, r, scale=1.0, lead=()):
    g = np.random.default_rng(seed)
    return (g.normal(0.0, scale, size=lead + (n, d_in)), g.normal(0.0, 1.0 / math.sqrt(d_in), size=(d_out, d_in)),
            g.normal(0.0, 1.0 / math.sqrt(d_in), size=(r, d_in)), g.normal(0.0, 0.1, size=(d_out, r)))


def _bias(seed, d_out):
    return np.random.default_rng(seed).normal(size=d_out)


X = np.array([[1.0, 2.0, 3.0]])
W = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
A = np.array([[1.0, 1.0, 1.0]])
B = np.array([[1.0], [-1.0]])
MERGED = np.array([[3.0, 2.0, 2.0], [-2.0, -1.0, -2.0]])

CASES = [
    c(X, W, A, B, 2.0, expected=(np.array([[13.0, -10.0]]), MERGED), sample=True,
      name="worked example: r = 1, alpha = 2, no bias"),
    c(X, W, A, B, 2.0, np.array([0.5, 0.5]), expected=(np.array([[13.5, -9.5]]), MERGED), sample=True,
      name="worked example with a bias"),
    c(*_layer(1, 4, 8, 6, 2), 16.0, _bias(2, 6), sample=True, name="batch of 4, in 8, out 6, r = 2, alpha = 16"),
    c(*_layer(3, 5, 12, 7, 4), 8.0, kwargs={"use_rslora": True}, name="rsLoRA: scaling alpha / sqrt(r) = 4"),
    c(*_layer(4, 3, 6, 6, 4), 8.0, _bias(5, 6), False, name="use_rslora=False given: alpha / r = 2"),
    c(*_layer(6, 3, 5, 4, 1), 3.0, None, True, name="rsLoRA with r = 1: the same scaling as LoRA"),
    c(*_layer(7, 4, 6, 5, 3)[:3], np.zeros((5, 3)), 32.0, _bias(8, 5),
      name="freshly initialised adapter (B = 0, as PEFT starts): the base layer unchanged"),
    c(*_layer(9, 4, 6, 5, 2), 0.0, name="alpha = 0: the adapter is switched off"),
    c(*_layer(10, 5, 8, 3, 2, lead=(2,)), 4.0, _bias(11, 3), name="x of shape (batch, seq, in)"),
    c(np.array([1.0, -1.0, 0.5, 2.0]), *_layer(12, 1, 4, 3, 2)[1:], 6.0, _bias(13, 3),
      name="a single vector x of shape (in,) gives shape (out,)"),
    c(np.zeros((0, 6)), *_layer(14, 1, 6, 4, 2)[1:], 4.0, name="no rows: y has shape (0, out)"),
    c(*_layer(15, 3, 4, 5, 6), 12, name="r = 6 larger than in = 4; an integer alpha"),
    c(np.array([[1, 2], [3, -4]]), np.array([[2, 0], [1, 1], [0, -1]]), np.array([[1, -1]]),
      np.array([[2], [0], [1]]), 3, np.array([1, 0, -1]), name="integer inputs give float64"),
    c(*(a.astype(np.float32) for a in _layer(16, 3, 5, 4, 2)), 8.0, name="float32 inputs give float64"),
    c(*_layer(17, 3, 6, 4, 2, scale=1e100), 16.0, name="|x| around 1e100"),
    c(*_layer(18, 3, 6, 4, 2, scale=1e-100), 16.0, _bias(19, 4) * 1e-100, name="|x| around 1e-100"),
    c(*_layer(20, 256, 1024, 1024, 8), 16.0, _bias(21, 1024), time_limit=2.0,
      name="256 rows, 1024 x 1024 layer, r = 8"),
]


@generate(count=10, seed=2106)
def random_adapters(rng):
    g = numpy_rng(rng)
    d_in, d_out, r = rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 5)
    args = list(_layer(rng.randrange(2**32), rng.randint(1, 5), d_in, d_out, r))
    args.append(float(g.choice([1.0, 8.0, 16.0, 0.5])))
    if rng.random() < 0.5:
        args.append(g.normal(size=d_out))
        if rng.random() < 0.5:
            args.append(rng.random() < 0.5)
    return c(*args)
