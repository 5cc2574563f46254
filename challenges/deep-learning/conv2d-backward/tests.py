import numpy as np

from drill import case, generate
from drill.testkit import gradient_problem, numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

NAMES = ("dx", "dw", "db")


def _pair(v):
    return (int(v), int(v)) if np.ndim(v) == 0 else (int(v[0]), int(v[1]))


def _forward(x, w, b, stride, padding):
    """The forward pass by a plain loop over output pixels (for finite differences)."""
    sh, sw = _pair(stride)
    ph, pw = _pair(padding)
    xp = np.pad(np.asarray(x, dtype=np.float64), ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    w = np.asarray(w, dtype=np.float64)
    n, f = xp.shape[0], w.shape[0]
    kh, kw = w.shape[2:]
    oh, ow = (xp.shape[2] - kh) // sh + 1, (xp.shape[3] - kw) // sw + 1
    out = np.zeros((n, f, oh, ow))
    for r in range(oh):
        for s in range(ow):
            win = xp[:, :, r * sh:r * sh + kh, s * sw:s * sw + kw]
            out[:, :, r, s] = np.einsum("ncij,fcij->nf", win, w) + b
    return out


def naive_backward(x, w, dout, stride=1, padding=0):
    """Straight from the definition: every output pixel sends its gradient back along each product."""
    sh, sw = _pair(stride)
    ph, pw = _pair(padding)
    x = np.asarray(x, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)
    dout = np.asarray(dout, dtype=np.float64)
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    dxp, dw, db = np.zeros_like(xp), np.zeros_like(w), np.zeros(w.shape[0])
    kh, kw = w.shape[2:]
    n, f, oh, ow = dout.shape
    for i in range(n):
        for k in range(f):
            for r in range(oh):
                for s in range(ow):
                    g = dout[i, k, r, s]
                    dxp[i, :, r * sh:r * sh + kh, s * sw:s * sw + kw] += g * w[k]
                    dw[k] += g * xp[i, :, r * sh:r * sh + kh, s * sw:s * sw + kw]
                    db[k] += g
    return dxp[:, :, ph:ph + x.shape[2], pw:pw + x.shape[3]], dw, db


def _compare(actual, expected):
    if type(actual) is not tuple or len(actual) != 3:
        return f"expected a tuple (dx, dw, db) of three arrays, got {type(actual).__name__}"
    for name, got, exp in zip(NAMES, actual, expected):
        if type(got) is not np.ndarray:
            return f"{name}: expected a numpy.ndarray, got {type(got).__name__}"
        if got.shape != exp.shape:
            return f"{name}: shape must be {exp.shape}, got {got.shape}"
        if got.dtype != np.float64:
            return f"{name}: dtype must be float64, got {got.dtype}"
    for name, got, exp in zip(NAMES, actual, expected):
        bad = ~np.isclose(got, exp, rtol=1e-7, atol=1e-8)
        if bad.any():
            idx = tuple(int(i) for i in np.argwhere(bad)[0])
            return (f"{name}: {int(bad.sum())} of {bad.size} values differ (tolerance: relative 1e-7, "
                    f"absolute 1e-8); first at {list(idx)}: expected {float(exp[idx])!r}, got "
                    f"{float(got[idx])!r}")
    return None


def matches_loops(actual, expected, x, w, dout, stride=1, padding=0):
    """Graded against the loop version above, not against solution.py."""
    return _compare(actual, naive_backward(x, w, dout, stride, padding))


def matches_finite_differences(actual, expected, x, w, dout, stride=1, padding=0):
    """The loop version, then finite differences of L = sum(out * dout) for dx, dw and db."""
    problem = matches_loops(actual, expected, x, w, dout, stride, padding)
    if problem:
        return problem
    x64, w64, d64 = (np.asarray(a, dtype=np.float64) for a in (x, w, dout))
    b0 = np.zeros(w64.shape[0])
    return (gradient_problem("dx", actual[0], lambda v: (_forward(v, w64, b0, stride, padding) * d64).sum(), x64)
            or gradient_problem("dw", actual[1], lambda v: (_forward(x64, v, b0, stride, padding) * d64).sum(), w64)
            or gradient_problem("db", actual[2], lambda v: (_forward(x64, w64, v, stride, padding) * d64).sum(), b0))


def matches_expected(actual, expected, *args, **kwargs):
    return _compare(actual, expected)


def c(*args, kwargs=None, fd=False, **options):
    return case(*args, kwargs=kwargs, check=matches_finite_differences if fd else matches_loops, **options)


def _out_size(size, k, s, p):
    return (size + 2 * p - k) // s + 1


def problem(seed, n, ch, h, wd, f, kh, kw, stride=1, padding=0, dtype=np.float64):
    """(x, w, dout) with dout shaped as the forward pass gives."""
    g = np.random.default_rng(seed)
    sh, sw = _pair(stride)
    ph, pw = _pair(padding)
    oh, ow = _out_size(h, kh, sh, ph), _out_size(wd, kw, sw, pw)
    return (g.normal(size=(n, ch, h, wd)).astype(dtype), g.normal(size=(f, ch, kh, kw)).astype(dtype),
            g.normal(size=(n, f, oh, ow)).astype(dtype))


X_EX = np.arange(9.0).reshape(1, 1, 3, 3)
W_EX = np.array([[[[1.0, 2.0], [0.0, -1.0]]]])
X_EX2 = np.arange(25.0).reshape(1, 1, 5, 5)
W_EX2 = np.array([[[[1.0, -1.0], [2.0, 0.5]]]])
D_EX2 = np.array([[[[1.0, 2.0], [3.0, 4.0]]]])


def _uint8():
    g = np.random.default_rng(21)
    x = g.integers(0, 256, size=(2, 3, 6, 5), dtype=np.uint8)
    w = g.integers(-128, 128, size=(2, 3, 3, 3)).astype(np.int8)
    return x, w, g.normal(size=(2, 2, 4, 3)).astype(np.float32)


CASES = [
    c(X_EX, W_EX, np.ones((1, 1, 2, 2)),
      expected=(np.array([[[[1.0, 3.0, 2.0], [1.0, 2.0, 1.0], [0.0, -1.0, -1.0]]]]),
                np.array([[[[8.0, 12.0], [20.0, 24.0]]]]), np.array([4.0])),
      sample=True, fd=True, name="worked example: L = out.sum(), stride 1, no padding"),
    c(X_EX2, W_EX2, D_EX2, kwargs={"stride": 2},
      expected=(np.array([[[[1.0, -1.0, 2.0, -2.0, 0.0], [2.0, 0.5, 4.0, 1.0, 0.0],
                            [3.0, -3.0, 4.0, -4.0, 0.0], [6.0, 1.5, 8.0, 2.0, 0.0],
                            [0.0, 0.0, 0.0, 0.0, 0.0]]]]),
                np.array([[[[82.0, 92.0], [132.0, 142.0]]]]), np.array([10.0])),
      sample=True, name="stride 2: a row and a column no window reaches get 0"),
    c(*problem(1, 2, 3, 5, 6, 4, 3, 3, padding=1), kwargs={"padding": 1}, sample=True, fd=True,
      name="batch 2, 3 channels, 4 filters, padding 1 (finite differences)"),
    c(*problem(2, 1, 2, 6, 6, 2, 3, 3, stride=1), fd=True,
      name="stride 1, 3 x 3 kernel: windows overlap, gradients add up"),
    c(*problem(3, 2, 2, 7, 7, 3, 3, 3, stride=2, padding=1), kwargs={"stride": 2, "padding": 1}, fd=True,
      name="stride 2 with padding 1: overlapping windows and a cropped border"),
    c(*problem(4, 1, 1, 8, 8, 2, 2, 2, stride=3), kwargs={"stride": 3},
      name="stride 3 larger than the kernel: gaps that get gradient 0"),
    c(*problem(5, 2, 2, 7, 9, 3, 2, 3, stride=(2, 1), padding=(0, 2)),
      kwargs={"stride": (2, 1), "padding": (0, 2)}, fd=True,
      name="stride (2, 1) and padding (0, 2) given as pairs"),
    c(*problem(6, 1, 2, 3, 3, 2, 1, 1, padding=2), kwargs={"padding": 2},
      name="padding 2 with a 1 x 1 kernel: windows entirely in the padding"),
    c(*problem(7, 3, 4, 4, 5, 6, 1, 1), name="1 x 1 kernel: mixes channels only"),
    c(*problem(8, 2, 3, 4, 5, 2, 6, 7, padding=1), kwargs={"padding": 1},
      name="a kernel covering the whole padded image: a 1 x 1 output"),
    c(*problem(9, 2, 2, 6, 7, 3, 3, 2, stride=2, padding=1), kwargs={"stride": 2, "padding": 1},
      name="(H + 2P - KH) not a multiple of the stride: the last padded row is never read"),
    c(*problem(10, 0, 3, 5, 5, 4, 3, 3, padding=1), kwargs={"padding": 1},
      name="an empty batch: dx empty, dw and db zero"),
    c(*_uint8(), name="uint8 images, int8 weights, float32 dout: float64 out"),
    c(*problem(11, 1, 1, 4, 4, 1, 2, 2, dtype=np.float32), fd=True, name="float32 inputs"),
    case(*problem(12, 16, 3, 32, 32, 8, 3, 3, padding=1), kwargs={"padding": 1}, time_limit=2.0,
         check=matches_expected, name="16 images of 3 x 32 x 32, 8 filters: vectorise"),
]


@generate(count=10, seed=2468)
def random_layers(rng):
    g = numpy_rng(rng)
    sh, sw = rng.randint(1, 3), rng.randint(1, 3)
    ph, pw = rng.randint(0, 2), rng.randint(0, 2)
    kh, kw = rng.randint(1, 4), rng.randint(1, 4)
    h, wd = max(rng.randint(1, 8), kh - 2 * ph), max(rng.randint(1, 8), kw - 2 * pw)
    stride = sh if sh == sw and rng.random() < 0.5 else (sh, sw)
    padding = ph if ph == pw and rng.random() < 0.5 else (ph, pw)
    args = problem(int(g.integers(2**31)), rng.randint(1, 3), rng.randint(1, 3), h, wd,
                   rng.randint(1, 3), kh, kw, stride, padding)
    return c(*args, kwargs={"stride": stride, "padding": padding})
