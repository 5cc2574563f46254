import numpy as np

from drill import case, generate
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

TOL = 1e-9


# ---- the grader: any correct top-k is accepted, whatever order it gives tied scores ----------

def _true_similarities(queries, corpus):
    """(q, n) cosine similarities in float64; 0.0 for zero vectors, NaN for corpus rows with NaN."""
    Q = np.asarray(queries, dtype=np.float64)
    C = np.asarray(corpus, dtype=np.float64)
    qn = np.linalg.norm(Q, axis=1, keepdims=True)
    cn = np.linalg.norm(C, axis=1, keepdims=True)
    return (Q / np.where(qn == 0, 1.0, qn)) @ (C / np.where(cn == 0, 1.0, cn)).T


def _head(values, n=10):
    return str(values) if len(values) <= n else str(values[:n])[:-1] + ", ...]"


def top_k_check(actual, expected, queries, corpus, k):
    exp_idx, exp_scores = expected
    if type(actual) not in (tuple, list) or len(actual) != 2:
        return f"expected a tuple (indices, scores), got {type(actual).__name__}"
    idx, scores = actual
    for name, arr in (("indices", idx), ("scores", scores)):
        if type(arr) is not np.ndarray:
            return f"{name}: expected a numpy.ndarray, got {type(arr).__name__}"
        if arr.shape != exp_idx.shape:
            return f"{name}: expected shape {exp_idx.shape}, got {arr.shape}"
    if idx.dtype.kind not in "iu":
        return f"indices: expected an integer dtype, got {idx.dtype}"
    if scores.dtype != np.float64:
        return f"scores: expected dtype float64, got {scores.dtype}"
    if idx.size == 0:
        return None
    n = len(corpus)
    if idx.min() < 0 or idx.max() >= n:
        bad = int(idx[(idx < 0) | (idx >= n)][0])
        return f"indices: {bad} is not a row of the corpus (0..{n - 1})"
    valid = ~np.isnan(np.asarray(corpus, dtype=np.float64)).any(axis=1)
    if not valid[idx].all():
        i, j = np.argwhere(~valid[idx])[0]
        return (f"query {i}: returned corpus row {idx[i, j]}, which contains NaN "
                f"and must never be returned")
    srt = np.sort(idx, axis=1)
    dup = (srt[:, 1:] == srt[:, :-1]).any(axis=1)
    if dup.any():
        i = int(np.flatnonzero(dup)[0])
        return f"query {i}: the same corpus row appears twice in {_head(idx[i].tolist())}"
    S = _true_similarities(queries, corpus)
    got = np.take_along_axis(S, idx.astype(np.int64), axis=1)
    wrong = ~(np.abs(got - exp_scores) <= TOL)
    if wrong.any():
        i, j = (int(v) for v in np.argwhere(wrong)[0])
        return (f"query {i}, position {j}: corpus row {int(idx[i, j])} has similarity "
                f"{got[i, j]:.12f}, but the similarity that belongs at position {j} (0-based, best "
                f"first) is {exp_scores[i, j]:.12f}; your indices {_head(idx[i].tolist())}, "
                f"the best scores {_head(np.round(exp_scores[i], 6).tolist())}")
    off = ~(np.abs(scores - got) <= TOL)
    if off.any():
        i, j = (int(v) for v in np.argwhere(off)[0])
        return (f"scores[{i}, {j}] is {float(scores[i, j])!r}, but the cosine similarity of query {i} "
                f"and corpus row {int(idx[i, j])} is {got[i, j]:.12f}")
    return None


def topk(*args, **options):
    return case(*args, check=top_k_check, **options)


# ---- data ------------------------------------------------------------------------------------

def _rng(seed):
    return np.random.default_rng(seed)


EX_Q = np.array([[1.0, 0.0], [0.0, 0.0], [1.0, 1.0]])
EX_C = np.array([[2.0, 0.0], [0.0, 3.0], [np.nan, 1.0], [1.0, 1.0], [-1.0, 0.0], [0.0, 0.0]])


def _clustered(seed, q, n, d, nan_rows=0, zero_rows=0, dtype=np.float64):
    g = _rng(seed)
    centers = g.normal(size=(8, d))
    C = centers[g.integers(0, 8, size=n)] + 0.3 * g.normal(size=(n, d))
    Q = centers[g.integers(0, 8, size=q)] + 0.3 * g.normal(size=(q, d))
    C[g.choice(n, size=nan_rows, replace=False), 0] = np.nan
    C[g.choice(n, size=zero_rows, replace=False)] = 0.0
    return Q.astype(dtype), C.astype(dtype)


def _scaled_copies():
    base = _rng(9).normal(size=(5, 4))
    C = np.concatenate([base, 3.0 * base[:2], 0.5 * base[2:4], base[:1]])  # same directions
    return base[:3] * 7.0, C


def _large():
    g = _rng(2024)
    C = g.normal(size=(20_000, 16))
    C[::500, 3] = np.nan
    C[7::1000] = 0.0
    return g.normal(size=(400, 16)), C


CASES = [
    topk(EX_Q, EX_C, 3, sample=True,
         name="worked example: a NaN row, a zero vector, ties at 0.0 in any order"),
    topk(np.array([[3, 4], [-1, 0]]), np.array([[3, 4], [4, 3], [0, 1], [-2, 0]]), 2, sample=True,
         name="integer vectors, no ties"),
    topk(np.array([[1.0, 2.0, 0.0]]), np.array([[1.0, 2.0, 0.1], [np.nan, 0.0, 0.0], [-1.0, 0.0, 0.0]]), 5,
         sample=True, name="k larger than the number of valid rows: 2 columns"),
    topk(np.array([[0.0, 0.0, 0.0], [0.0, 1.0, 0.0]]), np.array([[1.0, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, -1.0, 0.0]]),
         3, name="a zero query scores 0.0 against everything (not NaN)"),
    topk(np.array([[1.0, 0.0]]), np.zeros((4, 2)), 2, name="a corpus of zero vectors: scores 0.0"),
    topk(np.array([[1.0, 1.0]]), np.array([[np.nan, 1.0], [1.0, np.nan]]), 3,
         name="every corpus row has NaN: shape (1, 0)"),
    topk(np.zeros((0, 3)), np.eye(3), 2, name="no queries: shape (0, 2)"),
    topk(np.ones((2, 3)), np.zeros((0, 3)), 4, name="empty corpus: shape (2, 0)"),
    topk(np.ones((2, 3)), np.eye(3), 0, name="k=0: shape (2, 0)"),
    topk(np.array([[1.0, 0.0]]), np.array([[-1.0, 0.0], [0.0, 1.0], [-1.0, -1.0], [1.0, -5.0]]), 4,
         name="negative similarities are ranked too, most negative last"),
    topk(*_scaled_copies(), 6, name="scaled copies share a direction: ties within rounding"),
    topk(np.array([[100, -100, 50]], dtype=np.int8),
         np.array([[100, -100, 50], [-100, 100, -50], [100, 100, 100], [1, -1, 0]], dtype=np.int8), 4,
         name="int8 (quantised) embeddings: squares overflow int8"),
    topk(*_clustered(3, 20, 300, 8, dtype=np.float32), 5,
         name="float32 embeddings: compute and return float64"),
    topk(*_clustered(4, 50, 1000, 12, nan_rows=40, zero_rows=10), 60,
         name="1,000 clustered rows with NaN and zero rows, k=60, best first"),
    topk(*_large(), 10, time_limit=2.0,
         name="400 queries x 20,000 corpus rows in 16-D, k=10, within 2 s"),
]


@generate(count=10, seed=71)
def random_search(rng):
    g = np.random.default_rng(rng.randrange(2**32))
    q, n, d = rng.randint(0, 10), rng.randint(1, 60), rng.randint(1, 6)
    Q = np.round(g.normal(size=(q, d)), 1)  # rounded: zero vectors and exact ties now and then
    C = np.round(g.normal(size=(n, d)), 1)
    if rng.random() < 0.5:
        C[g.random(n) < 0.15, rng.randrange(d)] = np.nan
    return topk(Q, C, rng.randint(0, n + 3))
