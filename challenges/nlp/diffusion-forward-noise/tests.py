import math

import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _alpha_bar(schedule, num_steps):
    """abar_t for t = 0 .. T-1, with plain floats, one step at a time."""
    if schedule == "linear":
        betas = [1e-4 + (0.02 - 1e-4) * i / (num_steps - 1) if num_steps > 1 else 1e-4
                 for i in range(num_steps)]
    else:
        def f(s):
            return math.cos((s + 0.008) / 1.008 * math.pi / 2) ** 2
        betas = [min(1 - f((i + 1) / num_steps) / f(i / num_steps), 0.999) for i in range(num_steps)]
    out, prod = [], 1.0
    for b in betas:
        prod *= 1.0 - b
        out.append(prod)
    return out


def _expected(x0, t, seed, schedule="linear", num_steps=1000):
    x0 = np.asarray(x0, dtype=np.float64)
    noise = np.random.Generator(np.random.PCG64(seed)).standard_normal(x0.shape)
    abar = _alpha_bar(schedule, num_steps)
    ts = np.broadcast_to(np.asarray(t), x0.shape[:1])
    xt = np.empty_like(x0)
    for b in range(x0.shape[0]):
        a = abar[int(ts[b])]
        xt[b] = math.sqrt(a) * x0[b] + math.sqrt(1.0 - a) * noise[b]
    return xt, noise


def _close(name, actual, expected):
    if type(actual) is not np.ndarray:
        return f"{name}: expected a numpy.ndarray, got {type(actual).__name__}"
    if actual.shape != expected.shape:
        return f"{name}: shape must be {expected.shape} (the shape of x0), got {actual.shape}"
    if actual.dtype != np.float64:
        return f"{name}: dtype must be float64, got {actual.dtype}"
    bad = ~np.isclose(actual, expected, rtol=1e-9, atol=1e-12)
    if bad.any():
        where = tuple(int(v) for v in np.argwhere(bad)[0])
        return (f"{name}: {int(bad.sum())} of {bad.size} values differ; first at {list(where)}: "
                f"expected {float(expected[where])!r}, got {float(actual[where])!r}")
    return None


def noised_ok(actual, expected, *args, **kwargs):
    if type(actual) is not tuple or len(actual) != 2:
        return f"expected a tuple (x_t, noise), got {type(actual).__name__}"
    return (_close("noise (one draw of rng.standard_normal(x0.shape))", actual[1], expected[1])
            or _close("x_t", actual[0], expected[0]))


def c(x0, t, seed, *rest, generator=False, **options):
    """rng given as the int seed itself, or (generator=True) as a Generator made from it."""
    rng = np.random.default_rng(seed) if generator else seed
    return case(x0, t, rng, *rest, expected=_expected(x0, t, seed, *rest), check=noised_ok, **options)


X0 = np.array([[1.0, -1.0], [0.5, 2.0]])


def _images(seed, shape, scale=1.0):
    return np.random.default_rng(seed).uniform(-scale, scale, size=shape)


CASES = [
    c(X0, np.array([0, 999]), 0, sample=True, name="worked example: linear schedule, t = 0 and t = 999"),
    c(X0, np.array([10, 500]), 0, "cosine", generator=True, sample=True,
      name="cosine schedule, t = 10 and 500, rng = np.random.default_rng(0)"),
    c(_images(1, (3, 2, 4, 4)), 250, 7, sample=True,
      name="a batch of 3 images (B, C, H, W) with one int t for all, seed 7"),
    c(_images(2, (4, 3, 5, 5)), np.array([0, 999, 1, 998]), 3, "cosine", generator=True,
      name="cosine at both ends: abar[999] = abar[998] * (1 - 0.999), the clipped beta"),
    c(_images(3, (5, 6)), np.array([7, 7, 3, 49, 42]), 4, "linear", 50,
      name="num_steps = 50 (t up to 49): the betas span 1e-4 .. 0.02 over 50 steps"),
    c(_images(4, (2, 3)), np.array([0, 0]), 5, "linear", 1, name="num_steps = 1: beta = 1e-4"),
    c(_images(5, (2, 3)), 0, 6, "cosine", 1, name="num_steps = 1, cosine: the one beta is clipped to 0.999"),
    c(_images(6, (3, 2)), np.array([1, 0, 1]), 8, "cosine", 2, name="num_steps = 2, cosine"),
    c(_images(7, (6,)), np.array([999, 0, 123, 456, 789, 999]), 9, name="1-D x0: one number per sample"),
    c(_images(8, (1, 3, 8, 8)), np.array([600]), 10, "cosine", generator=True, name="a batch of one image"),
    c(_images(9, (2, 4)).astype(np.float32), np.array([100, 900]), 11, name="float32 x0 gives float64"),
    c(np.array([[3, -2], [0, 1]]), np.array([20, 40]), 12, "cosine", name="integer x0 gives float64"),
    c(_images(10, (3, 4), scale=1e200), np.array([0, 400, 999]), 13, name="|x0| up to 1e200"),
    c(_images(11, (3, 4), scale=1e-200), np.array([0, 400, 999]), 14, "cosine", name="|x0| down to 1e-200"),
    c(_images(12, (128, 3, 64, 64)), np.arange(0, 1000, 1000 // 128)[:128], 15, "cosine", time_limit=1.0,
      name="128 images of 3 x 64 x 64 (a Python loop over the 1.6 million pixels is too slow)"),
]


@generate(count=10, seed=2020)
def random_batches(rng):
    g = numpy_rng(rng)
    B = rng.randint(1, 5)
    shape = (B,) + tuple(rng.randint(1, 4) for _ in range(rng.randint(0, 3)))
    schedule = rng.choice(["linear", "cosine"])
    steps = rng.choice([1000, 1000, 100, 10])
    t = g.integers(0, steps, size=B) if rng.random() < 0.8 else rng.randrange(steps)
    rest = (schedule,) if steps == 1000 and rng.random() < 0.5 else (schedule, steps)
    return c(g.normal(size=shape), t, rng.randrange(2**32), *rest, generator=rng.random() < 0.5)
