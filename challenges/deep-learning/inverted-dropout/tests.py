import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

NAMES = ("Y", "dX")


def check(actual, expected, x, dY, *args, **kwargs):
    if type(actual) is not tuple or len(actual) != 2:
        return f"expected a tuple (Y, dX) of two arrays, got {type(actual).__name__}"
    for name, got, exp in zip(NAMES, actual, expected):
        if type(got) is not np.ndarray:
            return f"{name}: expected a numpy.ndarray, got {type(got).__name__}"
        if got.shape != exp.shape:
            return f"{name}: shape must be {exp.shape} (the shape of x), got {got.shape}"
        if got.dtype != np.float64:
            return f"{name}: dtype must be float64, got {got.dtype}"
    for name, got, exp in zip(NAMES, actual, expected):
        bad = ~np.isclose(got, exp, rtol=1e-12, atol=1e-300)
        if bad.any():
            idx = tuple(int(i) for i in np.argwhere(bad)[0])
            return (f"{name}: {int(bad.sum())} of {bad.size} values differ; first at {list(idx)}: "
                    f"expected {float(exp[idx])!r}, got {float(got[idx])!r}")
    return None


def kept_share(actual, expected, x, dY, p=0.5, training=True, seed=0):
    """On a large input the share kept and the mean must match dropout's expectations."""
    problem = check(actual, expected, x, dY)
    if problem:
        return problem
    share = float((actual[0] != 0).mean())
    assert abs(share - (1 - p)) < 0.005, f"kept {share:.4f} of the entries; about {1 - p} expected"
    assert abs(float(actual[0].mean()) - 1.0) < 0.01, "the mean of Y should stay close to 1 (x is all ones)"
    return None


def c(*args, kwargs=None, check=check, **options):
    return case(*args, check=check, kwargs=kwargs, **options)


X_EX = np.array([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]])
KEEP_EX = np.array([[1.0, 1.0, 0.0, 1.0], [1.0, 1.0, 1.0, 1.0]])


def _random(seed, shape, dtype=np.float64):
    g = np.random.default_rng(seed)
    return g.normal(size=shape).astype(dtype), g.normal(size=shape).astype(dtype)


CASES = [
    c(X_EX, np.ones((2, 4)), 0.25, kwargs={"seed": 3}, expected=(X_EX * KEEP_EX / 0.75, KEEP_EX / 0.75),
      sample=True, name="worked example: p = 0.25, seed 3"),
    c(X_EX, np.ones((2, 4)), 0.25, False, expected=(X_EX, np.ones((2, 4))), sample=True,
      name="evaluation: the identity"),
    c(*_random(1, (3, 5)), 0.5, True, 7, sample=True, name="random 3 x 5, p = 0.5, seed 7"),
    c(X_EX, np.ones((2, 4)), expected=(np.array([[0.0, 4.0, 6.0, 8.0], [0.0, 0.0, 0.0, 0.0]]),
                                       np.array([[0.0, 2.0, 2.0, 2.0], [0.0, 0.0, 0.0, 0.0]])),
      name="p, training and seed left out: p = 0.5, seed 0"),
    c(*_random(2, (4, 4)), 0.0, expected=_random(2, (4, 4)), name="p = 0 keeps everything unscaled"),
    c(*_random(3, (4, 4)), 1.0, expected=(np.zeros((4, 4)), np.zeros((4, 4))), name="p = 1 drops everything"),
    c(*_random(4, (4, 4)), 1.0, False, expected=_random(4, (4, 4)), name="p = 1 in evaluation: still the identity"),
    c(*_random(5, (6, 7)), 0.9, True, 11, name="p = 0.9: survivors times 10"),
    c(*_random(6, (6, 7)), 0.999, True, 5, name="p = 0.999: survivors times 1000"),
    c(*_random(7, (6, 7)), 1e-9, True, 2, name="p = 1e-9: almost everything kept, scaled by 1 / (1 - 1e-9)"),
    c(*_random(8, (2, 3, 4, 5)), 0.3, True, 123, name="a 4-D activation (N, C, H, W)"),
    c(np.array(2.5), np.array(-1.0), 0.5, True, 3, name="a 0-d input"),
    c(np.zeros((0, 4)), np.zeros((0, 4)), 0.5, expected=(np.zeros((0, 4)), np.zeros((0, 4))), name="an empty input"),
    c(np.array([[1, -2, 3], [4, 5, -6]]), np.array([[1, 1, 1], [2, 2, 2]]), 0.5, True, 9,
      name="int64 inputs give float64"),
    c(*_random(9, (3, 3), np.float32), 0.2, True, 4, name="float32 inputs give float64"),
    c(np.full((3, 3), 1e299), np.full((3, 3), -1e-299), 0.6, True, 8, name="magnitudes of 1e299 and 1e-299"),
    c(*_random(10, (3, 3)), 0.5, True, 10**18, name="a seed of 10**18"),
    c(np.ones((2000, 2000)), np.ones((2000, 2000)), 0.3, True, 2026, check=kept_share, time_limit=2.0,
      name="4,000,000 entries: about 70% kept, the mean preserved"),
]


@generate(count=10, seed=31)
def random_dropout(rng):
    g = numpy_rng(rng)
    shape = tuple(int(s) for s in g.integers(1, 6, size=int(g.integers(1, 4))))
    p = float(g.choice([0.1, 0.25, 0.5, 0.8, float(g.uniform(0, 1))]))
    return c(*_random(rng.randrange(2**32), shape), p, rng.random() < 0.8, rng.randrange(10**6))
