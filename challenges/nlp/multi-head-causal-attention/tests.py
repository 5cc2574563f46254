import math

import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _by_heads(x, num_heads, in_proj_weight, out_proj_weight, in_proj_bias=None, out_proj_bias=None,
              average_attn_weights=True):
    """Independent reference: loops over sequences and heads with per-head weight slices."""
    x = np.asarray(x, dtype=np.float64)
    xs = x[None] if x.ndim == 2 else x
    B, L, E = xs.shape
    Dh = E // num_heads
    W = np.asarray(in_proj_weight, dtype=np.float64)
    bias = np.zeros(3 * E) if in_proj_bias is None else np.asarray(in_proj_bias, dtype=np.float64)
    Wo = np.asarray(out_proj_weight, dtype=np.float64)
    out = np.zeros((B, L, E))
    weights = np.zeros((B, num_heads, L, L))
    for n in range(B):
        merged = np.zeros((L, E))
        for h in range(num_heads):
            rows = slice(h * Dh, (h + 1) * Dh)
            q = xs[n] @ W[:E][rows].T + bias[:E][rows]
            k = xs[n] @ W[E:2 * E][rows].T + bias[E:2 * E][rows]
            v = xs[n] @ W[2 * E:][rows].T + bias[2 * E:][rows]
            for i in range(L):
                s = q[i] @ k[: i + 1].T / math.sqrt(Dh)
                p = np.exp(s - s.max())
                weights[n, h, i, : i + 1] = p / p.sum()
            merged[:, rows] = weights[n, h] @ v
        out[n] = merged @ Wo.T
    if out_proj_bias is not None:
        out = out + np.asarray(out_proj_bias, dtype=np.float64)
    if average_attn_weights:
        weights = weights.mean(axis=1)
    if x.ndim == 2:
        return out[0], weights[0]
    return out, weights


def _close(name, actual, expected):
    if type(actual) is not np.ndarray:
        return f"{name}: expected a numpy.ndarray, got {type(actual).__name__}"
    if actual.shape != expected.shape:
        return f"{name}: shape must be {expected.shape}, got {actual.shape}"
    if actual.dtype != np.float64:
        return f"{name}: dtype must be float64, got {actual.dtype}"
    if not np.isfinite(actual).all():
        return f"{name}: contains NaN or inf (softmax without subtracting the row maximum?)"
    bad = ~np.isclose(actual, expected, rtol=1e-7, atol=1e-9)
    if bad.any():
        where = tuple(int(v) for v in np.argwhere(bad)[0])
        return (f"{name}: {int(bad.sum())} of {bad.size} values differ; first at {list(where)}: "
                f"expected {float(expected[where])!r}, got {float(actual[where])!r}")
    return None


def mha_ok(actual, expected, *args, **kwargs):
    if type(actual) is not tuple or len(actual) != 2:
        return f"expected a tuple (output, weights), got {type(actual).__name__}"
    weights = actual[1]
    if type(weights) is np.ndarray and weights.shape == expected[1].shape:
        # checked before the values, so that a mask mistake is named as one
        L = weights.shape[-1]
        future = np.broadcast_to(~np.tril(np.ones((L, L), dtype=bool)), weights.shape)
        late = np.argwhere(future & (weights != 0))
        if len(late):
            where = [int(v) for v in late[0]]
            return (f"weights: a query attends a later position (at {where}: {float(weights[tuple(where)])!r}); "
                    "above the diagonal the weights must be exactly 0 (a mask shifted by one, or a finite "
                    "penalty such as -1e4 that scores near 1e7 overwhelm?)")
    return _close("weights", actual[1], expected[1]) or _close("output", actual[0], expected[0])


def c(*args, expected=None, **options):
    kwargs = options.pop("kwargs", {})
    if expected is None:
        expected = _by_heads(*args, **kwargs)
    return case(*args, kwargs=kwargs, expected=expected, check=mha_ok, **options)


def _params(seed, E, biases=True, scale=None):
    g = np.random.default_rng(seed)
    s = 1.0 / math.sqrt(E) if scale is None else scale
    W = g.normal(0.0, s, size=(3 * E, E))
    Wo = g.normal(0.0, s, size=(E, E))
    if not biases:
        return W, Wo
    return W, Wo, g.normal(0.0, 0.1, size=3 * E), g.normal(0.0, 0.1, size=E)


def _x(seed, shape, scale=1.0):
    return np.random.default_rng(seed).normal(0.0, scale, size=shape)


EX_X = np.array([[1.0, 0.0], [0.0, 1.0]])
EX_W = np.vstack([np.eye(2)] * 3)
S = 1.0 / (1.0 + math.e)  # softmax([0, 1])[0]
EX_OUT = np.array([[1.0, 0.0], [0.5, 1.0 - S]])
EX_WEIGHTS = np.array([[1.0, 0.0], [(0.5 + S) / 2, (0.5 + 1.0 - S) / 2]])

CASES = [
    c(EX_X, 2, EX_W, np.eye(2), expected=(EX_OUT, EX_WEIGHTS), sample=True,
      name="worked example: unbatched, 2 heads of size 1, identity projections"),
    c(_x(1, (2, 5, 8)), 2, *_params(2, 8), sample=True, name="batch of 2, L = 5, E = 8, 2 heads, with biases"),
    c(_x(3, (1, 4, 6)), 3, *_params(4, 6), kwargs={"average_attn_weights": False}, sample=True,
      name="average_attn_weights=False: weights per head, shape (B, H, L, L)"),
    c(EX_X, 2, EX_W, np.eye(2), kwargs={"average_attn_weights": False},
      expected=(EX_OUT, np.array([[[1.0, 0.0], [0.5, 0.5]], [[1.0, 0.0], [S, 1.0 - S]]])),
      name="worked example, per-head weights"),
    c(_x(5, (2, 6, 4)), 1, *_params(6, 4), name="one head: plain causal attention, scale 1/sqrt(E)"),
    c(_x(7, (2, 5, 6)), 6, *_params(8, 6), name="E heads of size 1: scale 1/sqrt(1)"),
    c(_x(9, (3, 7, 12)), 4, *_params(10, 12), kwargs={"average_attn_weights": False},
      name="4 heads of size 3: head h owns features 3h .. 3h + 2"),
    c(_x(11, (2, 1, 8)), 4, *_params(12, 8), name="L = 1: each token attends only itself"),
    c(_x(13, (2, 5, 8)), 2, *_params(14, 8, biases=False), name="bias=False: both biases left out"),
    c(_x(15, (2, 5, 8)), 2, *_params(16, 8)[:3], name="an input bias but no output bias"),
    c(_x(17, (2, 5, 8)), 2, *_params(18, 8)[:2], kwargs={"out_proj_bias": _params(18, 8)[3]},
      name="an output bias but no input bias (keyword)"),
    c(_x(19, (4, 6)), 3, *_params(20, 6), kwargs={"average_attn_weights": False},
      name="unbatched input (L, E) with per-head weights (H, L, L)"),
    c(_x(21, (2, 6, 8), scale=1e3), 2, *_params(22, 8, scale=10.0),
      name="scores around 1e7: a stable softmax, and a mask no score can overcome"),
    c(_x(23, (2, 4, 4), scale=1e-150), 2, *_params(24, 4), name="tiny inputs: uniform causal weights"),
    c(_x(25, (2, 5, 8)).astype(np.float32), 2, *(p.astype(np.float32) for p in _params(26, 8)),
      name="float32 inputs give float64 results"),
    c(np.array([[[1, 0, 2, -1], [0, 1, 1, 1], [3, -2, 0, 1]]]), 2,
      np.arange(-24, 24).reshape(12, 4) % 5 - 2, np.eye(4, dtype=np.int64), name="integer inputs"),
    c(_x(27, (2, 256, 128)), 8, *_params(28, 128), time_limit=2.0,
      name="B = 2, L = 256, E = 128, 8 heads: batched products, not a loop over (query, key) pairs"),
]


@generate(count=10, seed=1706)
def random_mha(rng):
    g = numpy_rng(rng)
    H = rng.choice([1, 2, 3, 4])
    E = H * rng.randint(1, 4)
    L = rng.randint(1, 7)
    shape = (L, E) if rng.random() < 0.2 else (rng.randint(1, 3), L, E)
    params = list(_params(rng.randrange(2**32), E))
    kwargs = {"average_attn_weights": rng.random() < 0.5}
    if rng.random() < 0.3:
        kwargs["out_proj_bias"] = params.pop()
        params.pop()
    return c(g.normal(size=shape), H, *params, kwargs=kwargs)
