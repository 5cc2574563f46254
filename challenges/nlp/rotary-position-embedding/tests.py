import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _complex_rope(x, positions, base=10000.0):
    """Independent formulation: pair (i, i + d/2) is the complex number x_i + 1j x_{i+d/2}, times e^{i theta}."""
    x = np.asarray(x, dtype=np.float64)
    half = x.shape[-1] // 2
    theta = np.multiply.outer(np.asarray(positions, dtype=np.float64), 1.0 / float(base) ** (np.arange(half) / half))
    z = (x[..., :half] + 1j * x[..., half:]) * np.exp(1j * theta)
    return np.concatenate([z.real, z.imag], axis=-1)


def _values(actual, expected):
    if type(actual) is not np.ndarray:
        return f"expected a numpy.ndarray, got {type(actual).__name__}"
    if actual.shape != expected.shape:
        return f"shape must be {expected.shape} (the shape of x), got {actual.shape}"
    if actual.dtype != np.float64:
        return f"dtype must be float64, got {actual.dtype}"
    bad = ~np.isclose(actual, expected, rtol=1e-7, atol=1e-8)
    if bad.any():
        where = tuple(int(v) for v in np.argwhere(bad)[0])
        return (f"{int(bad.sum())} of {bad.size} values differ; first at {list(where)}: expected "
                f"{float(expected[where])!r}, got {float(actual[where])!r} (half-split pairing: dimension i "
                "turns together with i + d/2)")
    return None


def rope_ok(actual, expected, x, positions, base=10000.0):
    problem = _values(actual, expected)
    if problem:
        return problem
    norms_in = np.linalg.norm(np.asarray(x, dtype=np.float64), axis=-1)
    if not np.allclose(np.linalg.norm(actual, axis=-1), norms_in, rtol=1e-9, atol=1e-9):
        return "a rotation keeps every row's length, but some row's norm changed"
    return None


def relative_ok(actual, expected, x, positions, base=10000.0):
    """x[0] is one vector q at every position, x[1] one vector k: <q_m, k_n> must depend on m - n only."""
    problem = rope_ok(actual, expected, x, positions, base)
    if problem:
        return problem
    pos = np.asarray(positions)
    scores = actual[0] @ actual[1].T
    offsets = pos[:, None] - pos[None, :]
    for off in sorted(set(offsets.ravel().tolist())):  # (np.unique would import numpy.ma lazily)
        vals = scores[offsets == off]
        if not np.allclose(vals, vals[0], rtol=1e-7, atol=1e-8):
            return (f"relative-position property broken: the scores of pairs at offset m - n = {int(off)} "
                    f"differ ({float(vals.min())!r} .. {float(vals.max())!r})")
    return None


def c(x, positions, *rest, check=rope_ok, **options):
    return case(x, positions, *rest, check=check, expected=_complex_rope(x, positions, *rest), **options)


def _normal(seed, shape, scale=1.0):
    return np.random.default_rng(seed).normal(0.0, scale, size=shape)


def _q_and_k(seed, L, d):
    g = np.random.default_rng(seed)
    q, k = g.normal(size=d), g.normal(size=d)
    return np.stack([np.tile(q, (L, 1)), np.tile(k, (L, 1))])


X2 = np.array([[1.0, 2.0, 3.0, 4.0], [1.0, 2.0, 3.0, 4.0]])
EXAMPLE = np.array([
    [1.0, 2.0, 3.0, 4.0],
    [np.cos(1) - 3 * np.sin(1), 2 * np.cos(0.01) - 4 * np.sin(0.01),
     3 * np.cos(1) + np.sin(1), 4 * np.cos(0.01) + 2 * np.sin(0.01)],
])

CASES = [
    case(X2, np.array([0, 1]), check=rope_ok, expected=EXAMPLE, sample=True, name="worked example: d = 4"),
    c(np.array([[1.0, 0.0]]), np.array([3]), sample=True, name="d = 2: the single pair turns by pos radians"),
    c(_q_and_k(1, 6, 8), np.arange(6), check=relative_ok, sample=True,
      name="relative position: <rope(q, m), rope(k, n)> depends on m - n only"),
    c(_normal(2, (3, 5, 6)), np.zeros(5, dtype=np.int64), name="position 0 everywhere: nothing moves"),
    c(_normal(3, (2, 4, 7, 16)), np.arange(7), name="(batch, heads, L, head_dim) with positions 0..6"),
    c(_normal(4, (2, 3, 3, 8)), np.array([100, 101, 102]),
      name="decoding after a prompt of 100 tokens: positions 100..102, not 0..2"),
    c(_q_and_k(5, 5, 12), np.array([7, 3, 0, 11, 4]), check=relative_ok,
      name="relative property with unsorted positions"),
    c(_normal(6, (4, 10)), np.arange(4), 500000.0, name="base = 500000 (LLaMA-3)"),
    c(_normal(7, (3, 8)), np.arange(3), 10.0, name="base = 10: fast-turning pairs"),
    c(_normal(8, (4, 64)), np.array([10**6, 999_999, 654_321, 10**6 - 7]),
      name="positions near 10**6: the angles need float64"),
    c(_q_and_k(9, 4, 32), np.array([10**6 - 3, 10**6 - 2, 10**6 - 1, 10**6]), check=relative_ok,
      name="relative property at positions near 10**6"),
    c(np.zeros((2, 0, 8)), np.zeros(0, dtype=np.int64), name="L = 0: shape (2, 0, 8)"),
    c(np.array([[1, 2, -3, 4], [0, 5, 1, -1]]), np.array([2, 5]), name="integer x gives float64"),
    c(_normal(10, (3, 6)).astype(np.float32), np.arange(3), name="float32 x gives float64"),
    c(_normal(11, (2, 1, 6), scale=1e150), np.array([3]), name="huge magnitudes: 1e150"),
    c(_normal(12, (2, 3, 6), scale=1e-150), np.arange(3), name="tiny magnitudes: 1e-150"),
    c(_normal(13, (2, 8, 1024, 128)), np.arange(1024), time_limit=2.0,
      name="(2, 8, 1024, 128): 2 million numbers (a Python loop over them is too slow)"),
]


@generate(count=10, seed=2021)
def random_rope(rng):
    g = numpy_rng(rng)
    L, d = rng.randint(1, 7), 2 * rng.randint(1, 8)
    lead = tuple(rng.randint(1, 3) for _ in range(rng.randint(0, 2)))
    positions = g.integers(0, rng.choice([8, 5000, 10**6]), size=L)
    x = g.normal(size=lead + (L, d))
    if rng.random() < 0.4:
        return c(x, positions, rng.choice([100.0, 10000.0, 1e6]))
    return c(x, positions)
