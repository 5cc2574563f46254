import numpy as np
import numpy.ma  # noqa: F401  (work-around: see below)

from drill import case, generate
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

# numpy.ma is imported here, before the harness snapshots the modules, because NumPy imports it
# lazily (np.unique, np.intersect1d, np.isin...): imported during a test, its attribute is removed
# from the numpy namespace by the harness's restore while sys.modules keeps it, and every later
# use recurses without end.


def _allowed(Q, K, mask, causal):
    """Which (query, key) pairs may attend, broadcast to the shape of the scores."""
    Q, K = np.asarray(Q), np.asarray(K)
    lq, lk = Q.shape[-2], K.shape[-2]
    i = np.arange(lq)[:, None]
    j = np.arange(lk)[None, :]
    allowed = (j <= i + (lk - lq)) if causal else np.ones((lq, lk), dtype=bool)
    if mask is not None:
        allowed = allowed & (np.asarray(mask) != 0)
    shape = np.broadcast_shapes(Q.shape[:-2], K.shape[:-2]) + (lq, lk)
    return np.broadcast_to(allowed, shape)


def _close(name, expected, actual):
    if type(actual) is not np.ndarray:
        return f"{name}: expected a numpy.ndarray, got {type(actual).__name__}"
    if actual.shape != expected.shape:
        return f"{name}: shape expected {expected.shape}, got {actual.shape}"
    if actual.dtype.kind != "f":
        return f"{name}: expected float values, got dtype {actual.dtype}"
    if np.isnan(actual).any():
        where = tuple(int(v) for v in np.argwhere(np.isnan(actual))[0])
        return (f"{name}: NaN at {list(where)} (from exp overflowing, or 0/0 in a fully masked "
                "row, which must give zeros)")
    bad = ~np.isclose(actual, expected, rtol=1e-7, atol=1e-9)
    if bad.any():
        where = tuple(int(v) for v in np.argwhere(bad)[0])
        return (f"{name}: {int(bad.sum())} of {expected.size} values differ; at {list(where)} "
                f"expected {float(expected[where])!r}, got {float(actual[where])!r} "
                "(tolerance: relative 1e-7, absolute 1e-9)")
    return None


def attention_ok(actual, expected, Q, K, V, mask=None, causal=False):
    """(output, weights) close to the reference, and masked weights exactly 0."""
    if type(actual) is not tuple or len(actual) != 2:
        return f"expected a tuple (output, weights), got {type(actual).__name__}"
    out, weights = actual
    diff = _close("weights", expected[1], weights) or _close("output", expected[0], out)
    if diff:
        return diff
    blocked = ~_allowed(Q, K, mask, causal)
    if (weights[blocked] != 0).any():
        where = tuple(int(v) for v in np.argwhere(blocked & (weights != 0))[0])
        return (f"weights: the masked position {list(where)} has weight {float(weights[where])!r}; "
                "masked positions must get exactly 0")
    return None


def acase(*args, **options):
    return case(*args, check=attention_ok, **options)


X3 = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
V3 = np.array([[1.0, 0.0], [0.0, 2.0], [3.0, 3.0]])


def _rng(seed):
    return np.random.default_rng(seed)


def _padding_batch():
    """Two sequences of length 5, the second padded after 3 tokens; self-attention."""
    g = _rng(11)
    X = g.normal(size=(2, 5, 4))
    lengths = np.array([5, 3])
    key_ok = np.arange(5)[None, :] < lengths[:, None]          # (B, Lk)
    return X, X, g.normal(size=(2, 5, 3)), key_ok[:, None, :]  # mask (B, 1, Lk)


def _heads():
    g = _rng(12)
    B, H, L, d = 2, 3, 6, 4
    return (g.normal(size=(B, H, L, d)), g.normal(size=(B, H, L, d)), g.normal(size=(B, H, L, 5)),
            (g.random((B, 1, 1, L)) < 0.8))


def _large():
    g = _rng(13)
    B, L, d = 2, 768, 64
    Q, K, V = (g.normal(size=(B, L, d)) for _ in range(3))
    lengths = np.array([L, 500])
    mask = (np.arange(L)[None, :] < lengths[:, None])[:, None, :]
    return Q, K, V, mask


CASES = [
    acase(X3, X3, V3, kwargs={"causal": True},
          expected=(np.array([[1.0, 0.0], [0.3302384506733431, 1.3395230986533138],
                              [1.7587246087113846, 2.0069796869691077]]),
                    np.array([[1.0, 0.0, 0.0], [0.3302384506733431, 0.6697615493266569, 0.0],
                              [0.2482550782577231, 0.2482550782577231, 0.5034898434845538]])),
          sample=True, name="worked example: causal self-attention"),
    acase(X3, X3, V3,
          kwargs={"mask": np.array([[True, False, False], [False, False, False],
                                    [True, True, True]])},
          sample=True, name="a fully masked row gives zero weights and a zero output"),
    acase(*_padding_batch(), sample=True,
          name="padding mask of shape (B, 1, Lk) broadcast over the queries"),
    acase(X3, X3, V3, name="no mask, not causal: a plain softmax over all keys"),
    acase(np.array([[1000.0, 0.0], [0.0, -1000.0]]), np.array([[1000.0, 0.0], [-1000.0, 5.0]]),
          np.array([[1.0, -1.0], [2.0, 4.0]]),
          name="scores of +-700,000: softmax must subtract the row maximum"),
    acase(np.array([[-800.0, 0.0]]), np.array([[1.0, 0.0], [1.0, 0.0]]), np.eye(2),
          name="all scores hugely negative: still weights 1/2, 1/2 (no underflow to 0/0)"),
    acase(_rng(1).normal(size=(2, 3)), _rng(2).normal(size=(5, 3)), _rng(3).normal(size=(5, 4)),
          kwargs={"causal": True},
          name="causal with Lq=2 < Lk=5 (KV cache): query i sees keys j <= i + 3"),
    acase(_rng(4).normal(size=(4, 3)), _rng(5).normal(size=(2, 3)), _rng(6).normal(size=(2, 2)),
          kwargs={"causal": True},
          name="causal with Lq=4 > Lk=2: the first two queries see no key at all"),
    acase(_rng(7).normal(size=(1, 1, 8)), _rng(8).normal(size=(1, 6, 8)),
          _rng(9).normal(size=(1, 6, 8)), kwargs={"causal": True},
          name="one decoding step (Lq=1) with causal=True sees every key"),
    acase(*_heads()[:3], kwargs={"mask": _heads()[3], "causal": True},
          name="(batch, heads, L, d) with a padding mask and causal=True combined"),
    acase(X3, X3, V3, kwargs={"mask": np.array([1, 0, 1])},
          name="a 0/1 integer mask of shape (Lk,)"),
    acase(X3.astype(np.float32), X3.astype(np.float32), V3.astype(np.float32),
          kwargs={"causal": True}, name="float32 inputs give float64 results"),
    acase(np.array([[2, 0], [0, 2]]), np.array([[1, 1], [3, -1]]), np.array([[1, 2], [3, 4]]),
          name="integer inputs: scale by 1/sqrt(d) in floating point"),
    acase(np.zeros((2, 0, 3)), np.ones((2, 4, 3)), np.ones((2, 4, 5)),
          name="no queries: shapes (2, 0, 5) and (2, 0, 4)"),
    acase(np.ones((3, 2)), np.zeros((0, 2)), np.zeros((0, 4)),
          name="no keys: every row is fully masked, zeros of shape (3, 4) and (3, 0)"),
    acase(*_large()[:3], kwargs={"mask": _large()[3], "causal": True}, time_limit=2.0,
          name="2 sequences x 768 tokens (a Python loop over query/key pairs is too slow)"),
]


@generate(count=10, seed=31337)
def random_attention(rng):
    g = np.random.default_rng(rng.randrange(2**32))
    batch = tuple(rng.randint(1, 3) for _ in range(rng.randint(0, 2)))
    lq, lk, d, dv = rng.randint(1, 6), rng.randint(1, 6), rng.randint(1, 5), rng.randint(1, 4)
    Q = g.normal(0, 2, size=batch + (lq, d))
    K = g.normal(0, 2, size=batch + (lk, d))
    V = g.normal(size=batch + (lk, dv))
    kwargs = {"causal": rng.random() < 0.5}
    if rng.random() < 0.6:
        kwargs["mask"] = g.random(batch + (lq, lk)) < 0.6
    return acase(Q, K, V, kwargs=kwargs)
