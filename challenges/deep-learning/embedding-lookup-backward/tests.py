import numpy as np

from drill import case, generate
from drill.testkit import gradient_problem, numpy_rng

NAMES = ("out", "dW")


def make_check(finite_differences):
    def check(actual, expected, indices, weight, dY, padding_idx=None, scale_grad_by_freq=False):
        if type(actual) is not tuple or len(actual) != 2:
            return f"expected a tuple (out, dW) of two arrays, got {type(actual).__name__}"
        for name, got, exp in zip(NAMES, actual, expected):
            if type(got) is not np.ndarray:
                return f"{name}: expected a numpy.ndarray, got {type(got).__name__}"
            if got.shape != exp.shape:
                return f"{name}: shape must be {exp.shape}, got {got.shape}"
            if got.dtype != np.float64:
                return f"{name}: dtype must be float64, got {got.dtype}"
        if finite_differences:
            idx, dy = np.asarray(indices), np.asarray(dY, dtype=np.float64)
            problem = gradient_problem("dW", actual[1], lambda w: float((w[idx] * dy).sum()),
                                       np.asarray(weight, dtype=np.float64))
            if problem:
                return f"{problem}, with L = sum(out * dY)"
        for name, got, exp in zip(NAMES, actual, expected):
            bad = ~np.isclose(got, exp, rtol=1e-9, atol=1e-12)
            if bad.any():
                where = tuple(int(i) for i in np.argwhere(bad)[0])
                return (f"{name}: {int(bad.sum())} of {bad.size} values differ; first at {list(where)}: "
                        f"expected {float(exp[where])!r}, got {float(got[where])!r}")
        return None
    return check


EXACT = make_check(False)
WITH_FD = make_check(True)


def c(*args, fd=False, **options):
    return case(*args, check=WITH_FD if fd else EXACT, **options)


W_EX = np.array([[0.0, 0.0], [1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
I_EX = np.array([[1, 2, 1], [3, 0, 1]])
DY_EX = np.arange(12.0).reshape(2, 3, 2)
OUT_EX = np.array([[[1.0, 2.0], [3.0, 4.0], [1.0, 2.0]], [[5.0, 6.0], [0.0, 0.0], [1.0, 2.0]]])
DW_EX = np.array([[8.0, 9.0], [14.0, 17.0], [2.0, 3.0], [6.0, 7.0]])


def _random(seed, shape, vocab, dim, dtype=np.float64):
    g = np.random.default_rng(seed)
    return (g.integers(0, vocab, size=shape), g.normal(size=(vocab, dim)).astype(dtype),
            g.normal(size=tuple(shape) + (dim,)).astype(dtype))


CASES = [
    c(I_EX, W_EX, DY_EX, expected=(OUT_EX, DW_EX), sample=True,
      name="worked example: token 1 occurs three times and collects three gradients"),
    c(I_EX, W_EX, DY_EX, 0, True,
      expected=(OUT_EX, np.array([[0.0, 0.0], [14.0 / 3, 17.0 / 3], [2.0, 3.0], [6.0, 7.0]])), sample=True,
      name="padding_idx 0 and scale_grad_by_freq"),
    c(*_random(1, (4, 6), 5, 3), fd=True, sample=True, name="random 4 x 6 batch, V = 5: matches finite differences"),
    c(I_EX, W_EX, DY_EX, -1, expected=(OUT_EX, np.array([[8.0, 9.0], [14.0, 17.0], [2.0, 3.0], [0.0, 0.0]])),
      name="padding_idx -1 is the last row"),
    c(I_EX, W_EX, DY_EX, 3, expected=(OUT_EX, np.array([[8.0, 9.0], [14.0, 17.0], [2.0, 3.0], [0.0, 0.0]])),
      name="padding_idx 3 (positive, last row): the forward pass still reads it"),
    c(I_EX, W_EX, DY_EX, -4, expected=(OUT_EX, np.array([[0.0, 0.0], [14.0, 17.0], [2.0, 3.0], [6.0, 7.0]])),
      name="padding_idx -V is row 0"),
    c(I_EX, W_EX, DY_EX, None, True,
      expected=(OUT_EX, np.array([[8.0, 9.0], [14.0 / 3, 17.0 / 3], [2.0, 3.0], [6.0, 7.0]])),
      name="scale_grad_by_freq alone"),
    c(np.array([2, 2, 2, 2, 2]), W_EX, np.arange(10.0).reshape(5, 2),
      expected=(np.tile([3.0, 4.0], (5, 1)), np.array([[0.0, 0.0], [0.0, 0.0], [20.0, 25.0], [0.0, 0.0]])),
      name="one token repeated five times: dW[indices] += dY keeps only one"),
    c(np.array([2, 2, 2, 2, 2]), W_EX, np.arange(10.0).reshape(5, 2), None, True,
      expected=(np.tile([3.0, 4.0], (5, 1)), np.array([[0.0, 0.0], [0.0, 0.0], [4.0, 5.0], [0.0, 0.0]])),
      name="repeated token with scale_grad_by_freq: the mean of its gradients"),
    c(np.array(2), W_EX, np.array([1.0, -1.0]),
      expected=(np.array([3.0, 4.0]), np.array([[0.0, 0.0], [0.0, 0.0], [1.0, -1.0], [0.0, 0.0]])),
      name="a single 0-d id: out has shape (D,)"),
    c(np.zeros((2, 0), dtype=np.int64), W_EX, np.zeros((2, 0, 2)), 1, True,
      expected=(np.zeros((2, 0, 2)), np.zeros((4, 2))), name="an empty batch: dW is zeros"),
    c(np.array([0]), np.array([[7.0]]), np.array([[2.0]]), expected=(np.array([[7.0]]), np.array([[2.0]])),
      name="V = 1, D = 1"),
    c(*_random(2, (3, 2, 4), 6, 2), fd=True, name="3-D indices (batch, beams, seq_len)"),
    c(np.array([[0, 1], [1, 0]]), np.array([[1, 2, 3], [4, 5, 6]]), np.array([[[1, 0, 1], [2, 2, 2]],
                                                                           [[3, 3, 3], [0, 1, 0]]]),
      name="int64 weight and dY give float64"),
    c(*_random(3, (5, 3), 4, 3, np.float32), name="float32 weight and dY give float64"),
    c(np.array([1, 1]), np.array([[0.0], [1e300]]), np.array([[1e299], [-1e299]]),
      expected=(np.array([[1e300], [1e300]]), np.array([[0.0], [0.0]])),
      name="gradients of 1e299 that cancel"),
    c(*_random(4, (7, 5), 3, 4), 1, True, fd=False, name="random, small vocabulary, both options"),
    c(*_random(5, (1000, 1000), 30_000, 8), 0, True, time_limit=2.0,
      name="a million ids (no Python loop over positions)"),
]


@generate(count=10, seed=515)
def random_embeddings(rng):
    g = numpy_rng(rng)
    vocab, dim = int(g.integers(1, 8)), int(g.integers(1, 4))
    shape = tuple(int(s) for s in g.integers(0, 5, size=int(g.integers(0, 3))))
    padding = rng.choice([None, None, int(g.integers(-vocab, vocab))])
    scale = rng.random() < 0.4
    fd = padding is None and not scale
    return c(*_random(rng.randrange(2**32), shape, vocab, dim), padding, scale, fd=fd)
