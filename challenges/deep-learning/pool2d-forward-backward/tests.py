import numpy as np

from drill import case, generate
from drill.testkit import gradient_problem, numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

NAMES = ("Y", "dX")


def _pair(v):
    return (v, v) if isinstance(v, int) else tuple(v)


def _forward(x, kernel_size, stride, mode):
    """A plain loop over windows: slow, but obviously right, for the finite differences."""
    kh, kw = _pair(kernel_size)
    sh, sw = _pair(kernel_size if stride is None else stride)
    n, c, h, w = x.shape
    oh, ow = (h - kh) // sh + 1, (w - kw) // sw + 1
    y = np.empty((n, c, oh, ow))
    for r in range(oh):
        for s in range(ow):
            win = x[:, :, r * sh:r * sh + kh, s * sw:s * sw + kw]
            y[:, :, r, s] = win.max(axis=(2, 3)) if mode == "max" else win.mean(axis=(2, 3))
    return y


def make_check(finite_differences):
    def check(actual, expected, x, dY, kernel_size, stride=None, mode="max"):
        if type(actual) is not tuple or len(actual) != 2:
            return f"expected a tuple (Y, dX) of two arrays, got {type(actual).__name__}"
        for name, got, exp in zip(NAMES, actual, expected):
            if type(got) is not np.ndarray:
                return f"{name}: expected a numpy.ndarray, got {type(got).__name__}"
            if got.shape != exp.shape:
                return f"{name}: shape must be {exp.shape}, got {got.shape}"
            if got.dtype != np.float64:
                return f"{name}: dtype must be float64, got {got.dtype}"
        if finite_differences:
            x64, dy64 = np.asarray(x, dtype=np.float64), np.asarray(dY, dtype=np.float64)
            problem = gradient_problem(
                "dX", actual[1], lambda v: float((_forward(v, kernel_size, stride, mode) * dy64).sum()), x64)
            if problem:
                return f"{problem}, with L = sum(Y * dY)"
        for name, got, exp in zip(NAMES, actual, expected):
            bad = ~np.isclose(got, exp, rtol=1e-9, atol=1e-12)
            if bad.any():
                idx = tuple(int(i) for i in np.argwhere(bad)[0])
                return (f"{name}: {int(bad.sum())} of {bad.size} values differ (relative tolerance "
                        f"1e-9); first at {list(idx)}: expected {float(exp[idx])!r}, got {float(got[idx])!r}")
        return None
    return check


EXACT = make_check(False)
WITH_FD = make_check(True)


def c(*args, fd=False, **options):
    return case(*args, check=WITH_FD if fd else EXACT, **options)


def _random(seed, shape, kernel_size, stride=None, dtype=np.float64):
    g = np.random.default_rng(seed)
    kh, kw = _pair(kernel_size)
    sh, sw = _pair(kernel_size if stride is None else stride)
    n, ch, h, w = shape
    x = g.normal(size=shape).astype(dtype)
    dy = g.normal(size=(n, ch, (h - kh) // sh + 1, (w - kw) // sw + 1)).astype(dtype)
    return x, dy


X_EX = np.array([[[[1.0, 3.0, 2.0, 0.0], [4.0, 2.0, 0.0, 1.0], [5.0, 5.0, 1.0, 1.0], [0.0, 2.0, 3.0, -1.0]]]])
DY_EX = np.array([[[[1.0, 2.0], [3.0, 4.0]]]])
Y_MAX = np.array([[[[4.0, 2.0], [5.0, 3.0]]]])
DX_MAX = np.array([[[[0.0, 0.0, 2.0, 0.0], [1.0, 0.0, 0.0, 0.0], [3.0, 0.0, 0.0, 0.0], [0.0, 0.0, 4.0, 0.0]]]])
Y_AVG = np.array([[[[2.5, 0.75], [3.0, 1.0]]]])
DX_AVG = np.array([[[[0.25, 0.25, 0.5, 0.5], [0.25, 0.25, 0.5, 0.5],
                     [0.75, 0.75, 1.0, 1.0], [0.75, 0.75, 1.0, 1.0]]]])
DX_OVERLAP = np.zeros((1, 1, 4, 4))
DX_OVERLAP[0, 0, 2, :2] = 2.0


def _all_equal():
    return np.full((2, 3, 4, 4), 7.0), np.arange(2 * 3 * 2 * 2, dtype=np.float64).reshape(2, 3, 2, 2)


def _first_in_row_major():
    x = np.zeros((1, 1, 2, 2))
    x[0, 0] = [[1.0, 9.0], [9.0, 9.0]]
    return x, np.array([[[[5.0]]]])


CASES = [
    c(X_EX, DY_EX, 2, expected=(Y_MAX, DX_MAX), sample=True,
      name="worked example, max: a tie goes to the first maximum"),
    c(X_EX, DY_EX, 2, None, "avg", expected=(Y_AVG, DX_AVG), sample=True,
      name="worked example, avg: dY / 4 to every entry of the window"),
    c(X_EX, np.ones((1, 1, 2, 2)), 3, 1, expected=(np.full((1, 1, 2, 2), 5.0), DX_OVERLAP), sample=True,
      name="overlapping windows (stride 1): gradients add up"),
    c(*_first_in_row_major(), 2, expected=(np.array([[[[9.0]]]]), np.array([[[[0.0, 5.0], [0.0, 0.0]]]])),
      name="three-way tie: row-major order puts (0, 1) before (1, 0)"),
    c(*_all_equal(), 2, 2, "max", name="a constant input: every window's first entry takes the gradient"),
    c(*_random(1, (2, 3, 6, 6), 2), 2, fd=True, name="random 2 x 3 x 6 x 6, max 2 x 2"),
    c(*_random(2, (2, 2, 7, 5), 3, 1), 3, 1, "avg", fd=True, name="avg 3 x 3, stride 1: overlaps"),
    c(*_random(3, (1, 2, 7, 5), 3, 1), 3, 1, "max", fd=True, name="max 3 x 3, stride 1: overlaps"),
    c(*_random(4, (2, 1, 7, 9), (2, 3)), (2, 3), None, "max", fd=True,
      name="a rectangular kernel (2, 3); stride defaults to the kernel"),
    c(*_random(5, (1, 2, 8, 9), (2, 3), (3, 2)), (2, 3), (3, 2), "avg", fd=True,
      name="rectangular kernel (2, 3) with stride (3, 2)"),
    c(*_random(6, (1, 1, 8, 8), 2, 3), 2, 3, "max", fd=True,
      name="stride 3 > kernel 2: rows and columns between windows get nothing"),
    c(*_random(7, (2, 2, 7, 7), 2), 2, None, "avg", fd=True,
      name="odd size 7 with kernel 2: the last row and column are dropped"),
    c(*_random(8, (1, 3, 5, 4), (5, 4)), (5, 4), None, "avg", fd=True, name="one window covering everything"),
    c(*_random(9, (3, 2, 3, 3), 1), 1, None, "max", fd=True, name="kernel 1: the identity"),
    c(*_random(10, (1, 1, 1, 6), (1, 2)), (1, 2), None, "max", fd=True, name="a single row, kernel (1, 2)"),
    c(np.zeros((0, 2, 4, 4)), np.zeros((0, 2, 2, 2)), 2,
      expected=(np.zeros((0, 2, 2, 2)), np.zeros((0, 2, 4, 4))), name="empty batch"),
    c(np.zeros((2, 0, 4, 6)), np.zeros((2, 0, 1, 2)), 3, None, "avg",
      expected=(np.zeros((2, 0, 1, 2)), np.zeros((2, 0, 4, 6))), name="no channels"),
    c(np.array([[[[-3, -1], [-2, -5]]]]), np.array([[[[2]]]]), 2,
      expected=(np.array([[[[-1.0]]]]), np.array([[[[0.0, 2.0], [0.0, 0.0]]]])),
      name="int64 inputs, all negative: the maximum is -1, not 0"),
    c(*_random(11, (2, 2, 4, 4), 2, None, np.float32), 2, None, "avg", name="float32 inputs give float64"),
    c(np.array([[[[1e300, -1e300], [1e300, 1e300]]]]), np.array([[[[1e-300]]]]), 2, None, "avg",
      expected=(np.array([[[[5e299]]]]), np.full((1, 1, 2, 2), 2.5e-301)),
      name="magnitudes of 1e300 and 1e-300"),
    c(np.array([[[[-1e300, -1e-300], [-1e-300, -2e300]]]]), np.array([[[[1e300]]]]), 2,
      expected=(np.array([[[[-1e-300]]]]), np.array([[[[0.0, 1e300], [0.0, 0.0]]]])),
      name="max of tiny negatives next to huge ones"),
    c(*_random(12, (8, 16, 64, 64), 2), 2, None, "max", time_limit=2.0,
      name="8 x 16 x 64 x 64 (no Python loop over windows)"),
    c(*_random(13, (8, 16, 64, 64), 3, 2), 3, 2, "avg", time_limit=2.0,
      name="8 x 16 x 64 x 64, avg 3 x 3 stride 2 (no Python loop over windows)"),
]


@generate(count=10, seed=2024)
def random_pools(rng):
    g = numpy_rng(rng)
    kh, kw = int(g.integers(1, 4)), int(g.integers(1, 4))
    kernel = kh if kh == kw and rng.random() < 0.5 else (kh, kw)
    stride = rng.choice([None, 1, 2, (int(g.integers(1, 4)), int(g.integers(1, 4)))])
    shape = (int(g.integers(1, 3)), int(g.integers(1, 3)), kh + int(g.integers(0, 5)), kw + int(g.integers(0, 5)))
    mode = rng.choice(["max", "avg"])
    return c(*_random(rng.randrange(2**32), shape, kernel, stride), kernel, stride, mode, fd=True)
