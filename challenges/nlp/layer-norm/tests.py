import numpy as np
import numpy.ma  # noqa: F401  (work-around: see below)

from drill import case, generate

# numpy.ma is imported here, before the harness snapshots the modules, because NumPy imports it
# lazily (np.unique, np.intersect1d, np.isin...): imported during a test, its attribute is removed
# from the numpy namespace by the harness's restore while sys.modules keeps it, and every later
# use recurses without end.

COMPARE = {"name": "ndarray", "dtype": "kind", "rtol": 1e-7, "atol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def by_definition(x, gamma, beta, eps=1e-5):
    """The statement with Python floats and math.fsum, one vector at a time (independent)."""
    import math

    x = np.asarray(x, dtype=np.float64)
    out = np.empty(x.shape)
    for idx in np.ndindex(x.shape[:-1]):
        v = x[idx].tolist()
        d = len(v)
        mean = math.fsum(v) / d
        var = math.fsum((t - mean) ** 2 for t in v) / d
        out[idx] = [(t - mean) / math.sqrt(var + eps) * g + b for t, g, b in zip(v, gamma, beta)]
    return out


def _rng(seed):
    return np.random.default_rng(seed)


EX = np.array([[1, 2, 3, 4], [2, 2, 2, 2]])


def _nan_row():
    x = _rng(4).normal(size=(3, 5))
    x[1, 2] = np.nan
    return x, np.ones(5), np.zeros(5)


def _large():
    g = _rng(9)
    return g.normal(3.0, 2.0, size=(4096, 1024)), g.normal(1.0, 0.1, size=1024), g.normal(0, 0.1, size=1024)


CASES = [
    case(EX, np.ones(4), np.zeros(4),
         expected=np.array([[-1.3416354199689269, -0.447211806656309, 0.447211806656309, 1.3416354199689269],
                            [0.0, 0.0, 0.0, 0.0]]),
         sample=True, name="worked example: a constant row gives beta"),
    case(EX, np.array([1, 2, 1, 0.5]), np.array([0, 0, 1, 0]),
         expected=np.array([[-1.3416354199689269, -0.894423613312618, 1.447211806656309, 0.6708177099844634],
                            [0.0, 0.0, 1.0, 0.0]]),
         sample=True, name="gamma and beta apply per feature"),
    case(_rng(1).normal(size=(2, 3, 6)), _rng(2).normal(size=6), _rng(3).normal(size=6), sample=True,
         name="(batch, sequence, features): normalise the last axis only"),
    case(np.array([[5.0, 1.0], [1.0, 5.0], [3.0, 3.0]]), np.ones(2), np.zeros(2),
         expected=np.array([[0.9999987500023437, -0.9999987500023437],
                            [-0.9999987500023437, 0.9999987500023437], [0.0, 0.0]]),
         name="3 rows x 2 features: not batch norm (axis 0)"),
    case(1e8 + np.array([[1.0, 2.0, 3.0, 4.0], [10.0, 10.0, 10.0, 12.0]]), np.ones(4), np.zeros(4),
         expected=by_definition(1e8 + np.array([[1.0, 2.0, 3.0, 4.0], [10.0, 10.0, 10.0, 12.0]]),
                                [1.0] * 4, [0.0] * 4),
         name="values near 1e8: mean(x^2) - mean(x)^2 cancels catastrophically"),
    case(np.array([[0.0, 0.002, 0.004]]), np.ones(3), np.zeros(3),
         expected=by_definition(np.array([[0.0, 0.002, 0.004]]), [1.0] * 3, [0.0] * 3),
         name="tiny variance (2.7e-6): eps belongs inside the square root"),
    case(np.array([[1.0, 2.0, 4.0]]), np.ones(3), np.zeros(3), kwargs={"eps": 0.5},
         expected=by_definition(np.array([[1.0, 2.0, 4.0]]), [1.0] * 3, [0.0] * 3, eps=0.5),
         name="a custom eps; the variance divides by d (biased), not d - 1"),
    case(np.array([[7.0], [-3.0]]), np.array([2.0]), np.array([0.5]),
         expected=np.array([[0.5], [0.5]]), name="d = 1: every output is beta"),
    case(np.zeros((0, 4)), np.ones(4), np.zeros(4), expected=np.zeros((0, 4)),
         name="empty batch keeps its shape"),
    case(*_nan_row(), name="NaN in one row: only that row is NaN"),
    case(np.array([[0, 255, 128, 64]], dtype=np.uint8), np.ones(4), np.zeros(4),
         name="uint8 input: compute in float64"),
    case(np.array([-5, 0, 5, 10]), np.full(4, -1.0), np.arange(4.0),
         name="a single 1-D vector, negative gamma"),
    case(_rng(5).normal(size=(4, 8)).astype(np.float32), np.ones(8, dtype=np.float32),
         np.zeros(8, dtype=np.float32), name="float32 input gives float64 output"),
    case(*_large(), time_limit=2.0, name="4,096 x 1,024 activations (a Python loop over values is too slow)"),
]


@generate(count=8, seed=5151)
def random_activations(rng):
    """Seeded activations graded against the one-vector-at-a-time definition above."""
    g = np.random.default_rng(rng.randrange(2**32))
    shape = tuple(rng.randint(1, 4) for _ in range(rng.randint(0, 2))) + (rng.randint(1, 9),)
    x = g.normal(rng.uniform(-50, 50), rng.uniform(0.01, 10), size=shape)
    gamma, beta = g.normal(1, 0.5, size=shape[-1]), g.normal(0, 0.5, size=shape[-1])
    eps = rng.choice([1e-5, 1e-6, 1e-3])
    return case(x, gamma, beta, kwargs={"eps": eps},
                expected=by_definition(x, gamma.tolist(), beta.tolist(), eps))
