import numpy as np

from drill import case, generate
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def naive_conv2d(x, w, b, stride=1, padding="valid"):
    """Straight from the definition, with explicit loops: the independent reference."""
    x = np.asarray(x, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)
    n, c, h, wd = x.shape
    f, _, kh, kw = w.shape
    if padding == "valid":
        oh, ow, top, left = (h - kh) // stride + 1, (wd - kw) // stride + 1, 0, 0
        ph, pw = h, wd
    else:
        oh, ow = -(-h // stride), -(-wd // stride)
        pad_h = max((oh - 1) * stride + kh - h, 0)
        pad_w = max((ow - 1) * stride + kw - wd, 0)
        top, left = pad_h // 2, pad_w // 2
        ph, pw = h + pad_h, wd + pad_w
    xp = np.zeros((n, c, ph, pw))
    xp[:, :, top:top + h, left:left + wd] = x
    out = np.zeros((n, f, oh, ow))
    for i in range(n):
        for k in range(f):
            for r in range(oh):
                for s in range(ow):
                    patch = xp[i, :, r * stride:r * stride + kh, s * stride:s * stride + kw]
                    out[i, k, r, s] = float((patch * w[k]).sum()) + float(b[k])
    return out


def _compare(actual, expected):
    if type(actual) is not np.ndarray:
        return f"expected a numpy.ndarray, got {type(actual).__name__}"
    if actual.shape != expected.shape:
        return f"shape: expected (N, F, OH, OW) = {expected.shape}, got {actual.shape}"
    if actual.dtype != np.float64:
        return f"dtype must be float64, got {actual.dtype}"
    bad = ~np.isclose(actual, expected, rtol=1e-7, atol=1e-8)
    if bad.any():
        idx = tuple(int(i) for i in np.argwhere(bad)[0])
        return (f"{int(bad.sum())} of {bad.size} values differ (tolerance: relative 1e-7, "
                f"absolute 1e-8); first at [n, f, row, col] = {list(idx)}: expected "
                f"{float(expected[idx])!r}, got {float(actual[idx])!r}")
    return None


def matches_naive_loops(actual, expected, x, w, b, stride=1, padding="valid"):
    """Graded against the loop reference above, not against solution.py."""
    return _compare(actual, naive_conv2d(x, w, b, stride, padding))


def matches_expected(actual, expected, *args, **kwargs):
    return _compare(actual, expected)


def c(*args, kwargs=None, **options):
    return case(*args, kwargs=kwargs, check=matches_naive_loops, **options)


def _random(seed, n, ch, h, wd, f, kh, kw, dtype=np.float64):
    g = np.random.default_rng(seed)
    return (g.normal(size=(n, ch, h, wd)).astype(dtype), g.normal(size=(f, ch, kh, kw)).astype(dtype),
            g.normal(size=f).astype(dtype))


X_EX = np.arange(16.0).reshape(1, 1, 4, 4)
W_EX = np.array([[[[1.0, 2.0], [0.0, -1.0]]]])
ONES_3 = np.ones((1, 1, 3, 3))


def _uint8_image():
    g = np.random.default_rng(12)
    return (g.integers(0, 256, size=(2, 3, 6, 5), dtype=np.uint8),
            g.integers(-128, 128, size=(2, 3, 3, 3)).astype(np.int8), np.array([-100, 7]))


CASES = [
    c(X_EX, W_EX, np.array([1.0]),
      expected=np.array([[[[-2.0, 0.0, 2.0], [6.0, 8.0, 10.0], [14.0, 16.0, 18.0]]]]), sample=True,
      name="worked example: valid, stride 1, no kernel flip"),
    c(np.arange(1.0, 10.0).reshape(1, 1, 3, 3), ONES_3, np.array([0.0]), kwargs={"padding": "same"},
      expected=np.array([[[[12.0, 21.0, 16.0], [27.0, 45.0, 33.0], [24.0, 39.0, 28.0]]]]),
      sample=True, name="same padding, 3 x 3 kernel: output 3 x 3, zeros around the border"),
    c(np.arange(25.0).reshape(1, 1, 5, 5), np.ones((1, 1, 2, 2)), np.array([0.0]),
      kwargs={"stride": 2, "padding": "same"},
      expected=np.array([[[[12.0, 20.0, 13.0], [52.0, 60.0, 33.0], [41.0, 45.0, 24.0]]]]),
      sample=True, name="same padding with stride 2 and an even kernel: the extra zero goes last"),
    c(*_random(1, 2, 3, 5, 7, 4, 3, 2), name="batch 2, 3 channels, 4 filters, 3 x 2 kernel"),
    c(*_random(2, 1, 2, 7, 7, 3, 2, 2), kwargs={"stride": 2},
      name="valid, stride 2: the last row and column that do not fit are dropped"),
    c(*_random(3, 2, 2, 7, 8, 2, 3, 3), kwargs={"stride": 3, "padding": "same"},
      name="same, stride 3: padding 1 + 1 rows but 0 + 1 columns"),
    c(*_random(4, 1, 1, 6, 6, 2, 2, 2), kwargs={"stride": 3, "padding": "same"},
      name="same padding that needs no padding at all"),
    c(*_random(5, 3, 4, 4, 5, 6, 1, 1), name="1 x 1 kernel: mixes channels only"),
    c(*_random(6, 2, 3, 4, 5, 2, 4, 5), name="kernel as large as the image: a 1 x 1 output"),
    c(*_random(7, 1, 2, 2, 3, 3, 5, 4), kwargs={"padding": "same"},
      name="same padding with a kernel larger than the image"),
    c(np.zeros((0, 3, 6, 6)), *_random(8, 1, 3, 6, 6, 5, 3, 3)[1:], kwargs={"padding": "same"},
      expected=np.zeros((0, 5, 6, 6)), name="empty batch: shape (0, F, OH, OW)"),
    c(*_uint8_image(), name="uint8 image, int8 weights: integer arithmetic would overflow; float64 output"),
    c(*_random(9, 2, 2, 6, 6, 3, 3, 3, dtype=np.float32), kwargs={"stride": 2},
      name="float32 inputs give float64 output"),
    c(*_random(10, 1, 3, 9, 4, 2, 3, 3), kwargs={"stride": 2, "padding": "valid"},
      name="non-square image, stride 2"),
    case(*_random(11, 32, 3, 32, 32, 16, 3, 3), kwargs={"padding": "same"}, time_limit=1.5,
         check=matches_expected,
         name="32 images 32 x 32 x 3, 16 filters (loops over output pixels are too slow)"),
]


@generate(count=10, seed=1234)
def random_convolutions(rng):
    padding = rng.choice(["valid", "same"])
    h, wd = rng.randint(1, 9), rng.randint(1, 9)
    kh, kw = rng.randint(1, 4), rng.randint(1, 4)
    if padding == "valid":
        h, wd = max(h, kh), max(wd, kw)
    args = _random(rng.randrange(2**32), rng.randint(1, 3), rng.randint(1, 3), h, wd,
                   rng.randint(1, 4), kh, kw)
    return c(*args, kwargs={"stride": rng.randint(1, 3), "padding": padding})
