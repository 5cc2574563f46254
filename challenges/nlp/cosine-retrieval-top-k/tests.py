import math

import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def by_definition(query, corpus, k=5):
    """The statement's rule with Python floats: exact cosine by math.fsum, rounded, stable sort."""
    q = [float(v) for v in np.asarray(query).ravel()]
    qn = math.sqrt(math.fsum(v * v for v in q))
    scored = []
    for i, row in enumerate(np.asarray(corpus).reshape(-1, len(q))):
        c = [float(v) for v in row]
        cn = math.sqrt(math.fsum(v * v for v in c))
        s = 0.0 if qn == 0 or cn == 0 else math.fsum(a * b for a, b in zip(q, c)) / qn / cn
        scored.append((i, s))
    scored.sort(key=lambda p: -round(p[1], 9))  # list.sort is stable
    top = scored[:k]
    return (np.array([i for i, _ in top], dtype=np.int64), np.array([s for _, s in top], dtype=np.float64))


def retrieval_ok(actual, expected, query, corpus, k=5):
    if type(actual) not in (tuple, list) or len(actual) != 2:
        return f"expected a tuple (indices, scores), got {type(actual).__name__}"
    idx, scores = actual
    exp_idx, exp_scores = expected
    for name, arr in (("indices", idx), ("scores", scores)):
        if type(arr) is not np.ndarray:
            return f"{name}: expected a numpy.ndarray, got {type(arr).__name__}"
        if arr.shape != exp_idx.shape:
            return f"{name}: expected shape {exp_idx.shape}, got {arr.shape}"
    if idx.dtype.kind not in "iu":
        return f"indices: expected an integer dtype, got {idx.dtype}"
    if scores.dtype != np.float64:
        return f"scores: expected dtype float64, got {scores.dtype}"
    if not np.array_equal(idx, exp_idx):
        j = int(np.flatnonzero(idx != exp_idx)[0])
        return (f"indices: position {j} should be document {int(exp_idx[j])} "
                f"(score {exp_scores[j]:.12f}), got document {int(idx[j])}; expected "
                f"{exp_idx[:12].tolist()}{' ...' if len(exp_idx) > 12 else ''}, got "
                f"{idx[:12].tolist()}{' ...' if len(idx) > 12 else ''} (rounded score descending, "
                "then lower index first)")
    bad = ~(np.abs(scores - exp_scores) <= 1e-9)
    if bad.any():
        j = int(np.flatnonzero(bad)[0])
        return (f"scores[{j}] (document {int(idx[j])}): expected {float(exp_scores[j])!r}, "
                f"got {float(scores[j])!r} (tolerance 1e-9)")
    return None


def rcase(*args, **options):
    args_for_expected = args
    if "expected" not in options:
        options["expected"] = by_definition(*args_for_expected, **options.get("kwargs", {}))
    return case(*args, check=retrieval_ok, **options)


EX = np.array([[1.0, 2.0], [0.0, 0.0], [3.0, 6.0], [2.0, -1.0], [-1.0, -2.0], [2.0, 1.0]])


def _unit2(c):
    return [c, math.sqrt(1.0 - c * c)]


def _rounding():
    # index 0 and 1 agree to 9 decimals (a tie: index order); 2 and 3 only to 7 and 4 and 5
    # only to 8 (no tie: rounding to 8 decimals would wrongly tie 4 and 5)
    return np.array([1.0, 0.0]), np.array([_unit2(0.5000000001), _unit2(0.5000000004),
                                           _unit2(0.30000001), _unit2(0.30000004),
                                           _unit2(0.200000001), _unit2(0.200000004)])


def _many_ties():
    g = np.random.default_rng(5)
    base = g.normal(size=(3, 8))
    C = np.concatenate([base[g.integers(0, 3, size=60)] * g.integers(1, 5, size=(60, 1)),
                        np.zeros((20, 8))])
    return base[0] * 2.5, C[g.permutation(80)]


def _large():
    g = np.random.default_rng(2026)
    C = g.normal(size=(50_000, 64))
    C[::997] = 0.0
    C[5::1000] = C[3]  # exact duplicates of one document
    return C[3] * 3.0, C


CASES = [
    rcase(np.array([1.0, 2.0]), EX, 4,
          expected=(np.array([0, 2, 5, 1]), np.array([1.0, 1.0, 0.8, 0.0])), sample=True,
          name="worked example: same direction ties, zero vector scores 0.0"),
    rcase(np.array([1.0, 0.0]), EX,
          expected=(np.array([3, 5, 0, 2, 1]),
                    np.array([0.8944271909999159, 0.8944271909999159, 0.4472135954999579,
                              0.4472135954999579, 0.0])),
          sample=True, name="default k=5; equal scores keep corpus order"),
    rcase(np.array([0.0, 0.0]), EX, 3, sample=True,
          name="a zero query: every score is 0.0, so the first three documents"),
    rcase(np.array([1.0, 2.0]), EX, 10, name="k larger than n: all documents"),
    rcase(np.array([1.0, 2.0]), EX, 0, name="k = 0: empty arrays"),
    rcase(np.array([1.0, 2.0]), np.zeros((0, 2)), 3, name="empty corpus: empty arrays"),
    rcase(np.array([3.0]), np.array([[2.0], [-1.0], [0.0], [5.0]]), 4,
          expected=(np.array([0, 3, 2, 1]), np.array([1.0, 1.0, 0.0, -1.0])),
          name="d = 1: scores are the signs"),
    rcase(np.array([1.0, 0.0]), np.array([[-1.0, 0.0], [0.0, 1.0], [-1.0, -1.0], [1.0, -5.0]]), 4,
          name="negative scores rank below zero, most negative last"),
    rcase(*_rounding(), 6, expected=(np.array([0, 1, 3, 2, 5, 4]),
                                     np.array([0.5000000001, 0.5000000004, 0.30000004, 0.30000001,
                                               0.200000004, 0.200000001])),
          name="scores equal to 9 decimals tie (index order); differing at the 8th or 9th do not"),
    rcase(*_many_ties(), 80, name="80 documents in 3 directions and zero rows: a stable sort, not quicksort"),
    rcase(np.array([1e100, -1e100, 3e99]), np.array([[1e-100, -1e-100, 3e-101], [1e100, 1e100, 0.0],
                                                   [-2e-100, 2e-100, -6e-101], [0.0, 0.0, 1e-100]]), 4,
          name="magnitudes from 1e-100 to 1e100: normalise without overflow or underflow"),
    rcase(np.array([100, -100, 50], dtype=np.int8),
          np.array([[100, -100, 50], [-100, 100, -50], [100, 100, 100], [1, -1, 0], [0, 0, 0]],
                   dtype=np.int8), 5, name="int8 embeddings: squares overflow int8"),
    rcase(np.array([0.5, 0.25, -1.0], dtype=np.float32),
          np.random.default_rng(8).normal(size=(30, 3)).astype(np.float32), 7,
          name="float32 embeddings: return float64 scores"),
    rcase(*_large(), 10, time_limit=3.0, name="50,000 documents of dimension 64 with duplicates and zero rows"),
]


@generate(count=12, seed=404)
def random_corpora(rng):
    g = numpy_rng(rng)
    n, d = rng.randint(0, 25), rng.randint(1, 4)
    C = g.integers(-2, 3, size=(n, d)).astype(np.float64)  # small integers: zero rows and exact ties
    if n and rng.random() < 0.5:
        C = np.concatenate([C, C[: n // 2] * rng.choice([2.0, 0.5, 3.0])])
    q = g.integers(-2, 3, size=d).astype(np.float64)
    if rng.random() < 0.5:
        return rcase(q, C, rng.randint(0, n + 3))
    return rcase(q, C)
