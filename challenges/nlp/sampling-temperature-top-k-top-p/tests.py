import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def hf_warpers(logits, temperature=1.0, top_k=0, top_p=1.0, seed=0):
    """Hugging Face's TemperatureLogitsWarper, TopKLogitsWarper and TopPLogitsWarper (filter_value
    -inf, min_tokens_to_keep 1) transcribed from PyTorch to NumPy, then sampling spelled out with
    rng.random() and the cumulative distribution (what Generator.choice does)."""
    scores = np.array(logits, dtype=np.float64)
    scores = scores / temperature
    if top_k != 0:
        k = min(max(top_k, 1), scores.shape[-1])
        kth_value = np.partition(scores, scores.shape[-1] - k, axis=-1)[:, [scores.shape[-1] - k]]
        scores = np.where(scores < kth_value, -np.inf, scores)
    if top_p < 1.0:
        sorted_indices = np.argsort(scores, axis=-1, kind="stable")
        sorted_logits = np.take_along_axis(scores, sorted_indices, axis=-1)
        e = np.exp(sorted_logits - sorted_logits[:, -1:])
        cumulative_probs = np.cumsum(e / e.sum(axis=-1, keepdims=True), axis=-1)
        sorted_indices_to_remove = cumulative_probs <= (1 - top_p)
        sorted_indices_to_remove[..., -1:] = False
        indices_to_remove = np.zeros_like(sorted_indices_to_remove)
        for row in range(scores.shape[0]):
            indices_to_remove[row, sorted_indices[row]] = sorted_indices_to_remove[row]
        scores = np.where(indices_to_remove, -np.inf, scores)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    probs = e / e.sum(axis=-1, keepdims=True)
    rng = np.random.default_rng(seed)
    tokens = []
    for p in probs:
        cdf = np.cumsum(p)
        cdf /= cdf[-1]
        tokens.append(int(np.searchsorted(cdf, rng.random(), side="right")))
    return np.array(tokens, dtype=np.int64), probs


def sampling_ok(actual, expected, logits, temperature=1.0, top_k=0, top_p=1.0, seed=0):
    if type(actual) not in (tuple, list) or len(actual) != 2:
        return f"expected a tuple (tokens, probs), got {type(actual).__name__}"
    tokens, probs = actual
    exp_tokens, exp_probs = expected
    for name, arr, shape in (("tokens", tokens, exp_tokens.shape), ("probs", probs, exp_probs.shape)):
        if type(arr) is not np.ndarray:
            return f"{name}: expected a numpy.ndarray, got {type(arr).__name__}"
        if arr.shape != shape:
            return f"{name}: expected shape {shape}, got {arr.shape}"
    if probs.dtype != np.float64:
        return f"probs: expected dtype float64, got {probs.dtype}"
    if np.isnan(probs).any():
        r, c = (int(v) for v in np.argwhere(np.isnan(probs))[0])
        return f"probs[{r}, {c}] is NaN (a softmax that overflowed, or -inf - -inf)"
    removed = exp_probs == 0.0
    if (probs[removed] != 0.0).any():
        r, c = (int(v) for v in np.argwhere(removed & (probs != 0.0))[0])
        return (f"probs[{r}, {c}]: token {c} of row {r} is filtered out by the warpers, so its "
                f"probability must be exactly 0.0, got {float(probs[r, c])!r}")
    close = np.isclose(probs, exp_probs, rtol=1e-9, atol=1e-12)
    if not close.all():
        r, c = (int(v) for v in np.argwhere(~close)[0])
        return (f"probs[{r}, {c}]: expected {float(exp_probs[r, c])!r}, got {float(probs[r, c])!r}; "
                f"row {r} expected {np.round(exp_probs[r][:8], 6).tolist()}"
                f"{' ...' if exp_probs.shape[1] > 8 else ''}")
    if tokens.dtype.kind not in "iu":
        return f"tokens: expected an integer dtype, got {tokens.dtype}"
    if not np.array_equal(tokens, exp_tokens):
        r = int(np.flatnonzero(tokens != exp_tokens)[0])
        return (f"tokens[{r}]: expected token {int(exp_tokens[r])}, got {int(tokens[r])} (one "
                f"rng.choice(vocab, p=probs[row]) per row, rows in order, from "
                f"np.random.default_rng({seed}))")
    return None


def scase(*args, **options):
    if "expected" not in options:
        options["expected"] = hf_warpers(*args, **options.get("kwargs", {}))
    return case(*args, check=sampling_ok, **options)


P5 = np.log([0.5, 0.2, 0.15, 0.1, 0.05])
EXAMPLE = np.vstack([P5, np.zeros(5)])


def _batch(seed, batch, vocab, scale=3.0):
    return np.random.default_rng(seed).normal(size=(batch, vocab)) * scale


CASES = [
    scase(EXAMPLE, kwargs={"top_k": 3, "top_p": 0.7},
          expected=(np.array([0, 2]), np.array([[5 / 7, 2 / 7, 0.0, 0.0, 0.0],
                                                [0.0, 0.25, 0.25, 0.25, 0.25]])),
          sample=True, name="worked example: top-k keeps ties, top-p removes the lowest id first"),
    scase(np.tile(P5, (6, 1)), sample=True,
          name="defaults: temperature 1, no top-k, no top-p, seed 0; one draw per row in order"),
    scase(np.tile(P5, (3, 1)), kwargs={"temperature": 0.5, "top_p": 0.9, "seed": 3}, sample=True,
          name="temperature 0.5 sharpens the distribution before top-p"),
    scase(np.array([[2.0, 1.0, 1.0, 0.0]]), kwargs={"top_k": 2},
          expected=(np.array([1]), np.array([[np.e / (np.e + 2), 1 / (np.e + 2), 1 / (np.e + 2), 0.0]])),
          name="top-k: every score equal to the k-th largest stays"),
    scase(np.array([[1.0, 3.0, 3.0, 0.0]]), kwargs={"top_k": 1}, name="top_k=1 with a tie at the top"),
    scase(np.tile(P5, (2, 1)), kwargs={"top_k": 9}, name="top_k larger than the vocabulary keeps all"),
    scase(np.array([[1.0, 3.0, 3.0, 0.0]]), kwargs={"top_p": 0.0},
          expected=(np.array([2]), np.array([[0.0, 0.0, 1.0, 0.0]])),
          name="top_p=0: only the last token of the stable ascending order"),
    scase(np.zeros((2, 4)), kwargs={"top_p": 0.5, "seed": 6},
          expected=(np.array([3, 2]), np.array([[0.0, 0.0, 0.5, 0.5]] * 2)),
          name="a cumulative probability exactly equal to 1 - top_p (0.5 = 0.25 + 0.25) is removed"),
    scase(np.log([[0.4, 0.3, 0.2, 0.1]]), kwargs={"top_k": 2, "top_p": 0.5},
          expected=(np.array([0]), np.array([[1.0, 0.0, 0.0, 0.0]])),
          name="top-p works on the distribution renormalised after top-k (order matters)"),
    scase(np.tile(P5, (4, 1)), kwargs={"temperature": 2.0, "top_p": 0.8, "seed": 1},
          name="temperature 2 flattens the distribution: top-p keeps four tokens"),
    scase(np.tile(P5, (4, 1)), kwargs={"top_p": 0.8, "seed": 1},
          name="the same top-p at temperature 1 keeps three"),
    scase(np.array([[10.0, 9.99, -3.0], [1e4, -1e4, 9999.0]]), kwargs={"temperature": 1e-4, "seed": 5},
          name="temperature 1e-4: scores up to 1e8 need a stable softmax"),
    scase(np.array([[1.0, -2.0, 0.5]]), kwargs={"temperature": 1e4, "top_p": 0.5, "seed": 2},
          name="temperature 1e4: almost uniform"),
    scase(np.array([[0.0, -np.inf, 1.0, -np.inf], [-np.inf, -np.inf, 5.0, -np.inf]]),
          kwargs={"top_k": 3, "top_p": 0.95, "seed": 4},
          name="banned tokens (-inf logits) are never sampled"),
    scase(np.array([[7.5], [-2.0]]), kwargs={"top_k": 1, "top_p": 0.3},
          expected=(np.array([0, 0]), np.ones((2, 1))), name="a vocabulary of one token"),
    scase(np.zeros((0, 4)), kwargs={"top_k": 2, "top_p": 0.5},
          expected=(np.zeros(0, dtype=np.int64), np.zeros((0, 4))), name="no rows"),
    scase(np.tile(np.array([0.0, 0.0, 0.0, 0.0]), (200, 1)), kwargs={"seed": 11},
          name="200 uniform rows: the draws follow the Generator's sequence"),
    scase(_batch(7, 8, 30).astype(np.float32), kwargs={"temperature": 0.8, "top_k": 10, "top_p": 0.9, "seed": 9},
          name="float32 logits: probabilities in float64"),
    scase(_batch(8, 16, 50_000), kwargs={"temperature": 0.7, "top_k": 50, "top_p": 0.95, "seed": 123},
          time_limit=3.0, name="16 rows x 50,000 tokens (GPT-2's vocabulary size), top_k=50, top_p=0.95"),
]


def _margin_ok(logits, temperature, top_k, top_p):
    """No cumulative probability but the last within 1e-9 of 1 - top_p (the statement's promise)."""
    if top_p >= 1.0:
        return True
    scores = np.asarray(logits, dtype=np.float64) / temperature
    if top_k:
        k = min(top_k, scores.shape[-1])
        kth = -np.sort(-scores, axis=-1)[:, k - 1:k]
        scores = np.where(scores < kth, -np.inf, scores)
    s = np.sort(scores, axis=-1)
    e = np.exp(s - s[:, -1:])
    cum = np.cumsum(e / e.sum(axis=-1, keepdims=True), axis=-1)
    return bool((np.abs(cum[:, :-1] - (1 - top_p)) > 1e-9).all())  # the last is always kept


@generate(count=16, seed=2468)
def random_logits(rng):
    g = numpy_rng(rng)
    while True:
        batch, vocab = rng.randint(1, 6), rng.randint(1, 12)
        logits = np.round(g.normal(size=(batch, vocab)) * 2, 1)  # rounded: ties now and then
        kwargs = {"seed": rng.randint(0, 1000)}
        if rng.random() < 0.6:
            kwargs["temperature"] = rng.choice([0.3, 0.7, 1.5, 3.0])
        if rng.random() < 0.6:
            kwargs["top_k"] = rng.randint(1, vocab + 2)
        if rng.random() < 0.6:
            kwargs["top_p"] = rng.choice([0.0, 0.3, 0.5, 0.75, 0.9, 0.95])
        if _margin_ok(logits, kwargs.get("temperature", 1.0), kwargs.get("top_k", 0),
                      kwargs.get("top_p", 1.0)):
            return scase(logits, kwargs=kwargs)
