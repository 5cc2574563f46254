import math

import numpy as np

from drill import case, generate
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def loss_and_gradient(actual, expected, logits, labels, label_smoothing=0.0):
    """(loss, grad): a float close to the expected loss and a float64 (N, K) gradient."""
    if type(actual) is not tuple or len(actual) != 2:
        return f"expected a tuple (loss, grad), got {type(actual).__name__}"
    loss, grad = actual
    exp_loss, exp_grad = expected
    if type(loss) is not float:
        return f"loss: expected a float, got {type(loss).__name__} {loss!r}"
    if not math.isclose(loss, exp_loss, rel_tol=1e-7, abs_tol=1e-9) and not (
            math.isnan(loss) and math.isnan(exp_loss)):
        return (f"loss: expected {exp_loss!r}, got {loss!r} (tolerance: relative 1e-7, "
                "absolute 1e-9)")
    if type(grad) is not np.ndarray:
        return f"grad: expected a numpy.ndarray, got {type(grad).__name__}"
    if grad.shape != exp_grad.shape:
        return f"grad: shape must be logits' shape {exp_grad.shape}, got {grad.shape}"
    if grad.dtype != np.float64:
        return f"grad: dtype must be float64, got {grad.dtype}"
    bad = ~np.isclose(grad, exp_grad, rtol=1e-7, atol=1e-10)
    if bad.any():
        idx = tuple(int(i) for i in np.argwhere(bad)[0])
        return (f"grad: {int(bad.sum())} of {bad.size} values differ (tolerance: relative 1e-7, "
                f"absolute 1e-10); first at {list(idx)}: expected {float(exp_grad[idx])!r}, got "
                f"{float(grad[idx])!r}")
    return None


def c(*args, **options):
    return case(*args, check=loss_and_gradient, **options)


EXAMPLE = np.array([[2.0, 1.0, 0.0], [0.0, 3.0, 0.0]])
GRAD_EXAMPLE = np.array([[-0.1673795221125891, 0.12236423552739882, 0.04501528658519022],
                         [0.02263925037181454, 0.454721499256371, -0.4773607496281855]])
GRAD_SMOOTHED = np.array([[-0.13404618877925578, 0.10569756886073216, 0.02834861991852355],
                          [0.005972583705147874, -0.011945167410295665, 0.005972583705147874]])


def _rows(seed, n, k, scale):
    g = np.random.default_rng(seed)
    return g.normal(0.0, scale, size=(n, k)), g.integers(0, k, size=n)


CASES = [
    c(EXAMPLE, np.array([0, 2]),
      expected=(1.7512644604326706, GRAD_EXAMPLE),
      sample=True, name="worked example: mean over rows, gradient (p - y) / N"),
    c(np.array([[1000.0, 0.0]]), np.array([1]), expected=(1000.0, np.array([[1.0, -1.0]])),
      sample=True, name="logit 1000: exp overflows unless you subtract the row max"),
    c(EXAMPLE, np.array([0, 1]), 0.1,
      expected=(0.4012644604326706, GRAD_SMOOTHED),
      sample=True, name="label smoothing 0.1"),
    c(np.zeros((0, 4)), np.zeros(0, dtype=np.int64), expected=(0.0, np.zeros((0, 4))),
      name="empty batch: loss 0.0 and a (0, K) gradient"),
    c(np.array([[3.5], [-2.0]]), np.array([0, 0]), expected=(0.0, np.zeros((2, 1))),
      name="a single class: probability 1, loss 0"),
    c(np.full((3, 4), 7.0), np.array([0, 3, 3]),
      expected=(math.log(4.0), (np.full((3, 4), 0.25) - np.eye(4)[[0, 3, 3]]) / 3),
      name="equal logits: loss log(K)"),
    c(np.array([[-10_000.0, -10_001.0, -10_002.0], [-5_000.0, 0.0, -20_000.0]]), np.array([2, 0]),
      name="very negative logits: exp underflows to 0 without the shift (0 / 0)"),
    c(np.array([[1000.0, 0.0, -1000.0]]), np.array([0]), 0.3,
      expected=(300.0, np.array([[0.2, -0.1, -0.1]])),
      name="label smoothing with huge logits: log(0) must not appear"),
    c(EXAMPLE, np.array([2, 0]), 1.0, name="label smoothing 1.0: a uniform target"),
    c(EXAMPLE + np.array([[500.0], [-800.0]]), np.array([0, 2]),
      expected=(1.7512644604326706, GRAD_EXAMPLE),
      name="adding a constant to a row changes nothing"),
    c(np.array([[4, -1, 0], [2, 2, 9], [0, 0, 1], [-3, 5, 5]]), np.array([0, 2, 1, 1]),
      name="int64 logits: float64 loss and gradient"),
    c(np.array([[0.5, -1.25, 3.0], [2.0, 0.0, -0.75]], dtype=np.float32),
      np.array([1, 0], dtype=np.int32), 0.05, name="float32 logits, int32 labels"),
    c(*_rows(11, 1, 12, 2.0), name="a single row, 12 classes"),
    c(*_rows(12, 200_000, 10, 4.0), 0.1, time_limit=1.0,
      name="200,000 rows x 10 classes (a Python loop over rows is too slow)"),
]


@generate(count=10, seed=77)
def random_batches(rng):
    n, k = rng.randint(1, 20), rng.randint(2, 9)
    scale = rng.choice([0.5, 3.0, 30.0, 300.0])
    logits, labels = _rows(rng.randrange(2**32), n, k, scale)
    return c(logits, labels, rng.choice([0.0, 0.0, 0.1, 0.2]))
