from fractions import Fraction

from drill import case, generate

COMPARE = {"name": "close", "abs_tol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

# Literal expected values agree with scikit-learn 1.9's label_ranking_average_precision_score
# (see crosscheck.py). The check below is the definition in plain Python and exact fractions.

Y = [[1, 0, 0, 1], [0, 0, 1, 0]]
S = [[0.75, 0.5, 1.0, 0.2], [0.1, 0.4, 0.35, 0.8]]


def by_definition(y_true, y_score, sample_weight=None):
    aps = []
    for rel, scores in zip(y_true, y_score):
        rel = [bool(v) for v in rel]
        scores = [float(v) for v in scores]
        count = sum(rel)
        if count in (0, len(rel)):
            aps.append(Fraction(1))
            continue
        precisions = []
        for j, s in enumerate(scores):
            if rel[j]:
                rank = sum(1 for t in scores if t >= s)
                hits = sum(1 for t, r in zip(scores, rel) if r and t >= s)
                precisions.append(Fraction(hits, rank))
        aps.append(sum(precisions) / len(precisions))
    w = [Fraction(1)] * len(aps) if sample_weight is None else [Fraction(v) for v in sample_weight]
    return float(sum(wi * a for wi, a in zip(w, aps)) / sum(w))


def matches_definition(actual, expected, y_true, y_score, sample_weight=None):
    if type(actual) not in (float, int) or type(actual) is bool:
        return f"expected a float, got {type(actual).__name__} {actual!r}"
    rows = y_true.tolist() if hasattr(y_true, "tolist") else y_true
    srows = y_score.tolist() if hasattr(y_score, "tolist") else y_score
    want = by_definition(rows, srows, sample_weight)
    assert expected is None or abs(expected - want) <= 1e-12, (
        f"test data error: expected {expected!r}, the definition gives {want!r}")
    if not abs(actual - want) <= 1e-9:
        return f"expected {want!r}, got {actual!r}"
    return None


def m(*args, **kw):
    return case(*args, check=matches_definition, **kw)


def weighted(y_true, y_score, w, **kw):
    return m(y_true, y_score, kwargs={"sample_weight": w}, **kw)


CASES = [
    m(Y, S, expected=5 / 12, sample=True, name="worked example"),
    m([[1, 0, 1, 0]], [[0.5, 0.5, 0.5, 0.1]], expected=2 / 3, sample=True,
      name="ties are ranked pessimistically"),
    weighted(Y, S, [0, 2], expected=1 / 3, sample=True, name="a zero weight drops a query"),
    m([[1]], [[0.3]], expected=1.0, name="n = 1, m = 1"),
    m([[0, 1]], [[0.9, 0.1]], expected=0.5, name="m = 2, relevant item second"),
    m([[0, 1], [1, 0]], [[0.1, 0.9], [0.2, 0.8]], expected=0.75, name="n = 2"),
    m([[0, 0, 0]], [[0.1, 0.2, 0.3]], expected=1.0, name="no relevant item: 1.0"),
    m([[1, 1, 1]], [[0.1, 0.2, 0.3]], expected=1.0, name="every item relevant: 1.0"),
    m([[0, 1, 0]], [[0.4, 0.4, 0.4]], expected=1 / 3, name="all scores tied"),
    m([[1, 0, 1, 0, 0, 1]], [[6, 5, 4, 3, 2, 1]], expected=(1 + 2 / 3 + 3 / 6) / 3,
      name="int scores, one query"),
    m([[0, 1, 1], [1, 0, 0]], [[-1e308, 1e308, 5e-324], [0.0, -0.0, -1e-300]],
      expected=0.75, name="extreme scores, and -0.0 ties 0.0"),
    m([[True, False], [False, True]], [[0.3, 0.1], [0.3, 0.1]], expected=0.75, name="bool labels"),
    weighted(Y, S, [1e308, 1.5e308], name="weights near 1e308"),
    weighted(Y, S, [1e-320, 3e-320], name="subnormal weights"),
    weighted(Y, S, [1, 1], expected=5 / 12, name="unit weights equal no weights"),
    weighted([[1, 0], [0, 1], [1, 1]], [[0.2, 0.8], [0.5, 0.5], [0.1, 0.1]], [2, 1, 1],
             expected=(2 * 0.5 + 0.5 + 1) / 4, name="weights with ties and an all-relevant row"),
]


@generate(count=14, seed=83)
def random_rankings(rng):
    n = rng.choice([1, 2, rng.randint(3, 12)])
    items = rng.choice([1, 2, 3, rng.randint(4, 12)])
    y_true = [[int(rng.random() < 0.35) for _ in range(items)] for _ in range(n)]
    if rng.random() < 0.5:
        y_score = [[rng.choice([0, 1, 2]) for _ in range(items)] for _ in range(n)]
    else:
        y_score = [[round(rng.uniform(-2, 2), 2) for _ in range(items)] for _ in range(n)]
    if rng.random() < 0.4:
        w = [rng.choice([0, 1, 2.5]) for _ in range(n)]
        w[rng.randrange(n)] = 3
        return weighted(y_true, y_score, w)
    return m(y_true, y_score)


def _large(seed, n, items):
    import numpy as np

    r = np.random.default_rng(seed)
    y_true = (r.random((n, items)) < 0.1).astype(int)
    y_score = np.round(r.random((n, items)) + 0.3 * y_true, 2)
    return y_true, y_score


def _close_to_reference(actual, expected, y_true, y_score):
    if type(actual) not in (float, int) or type(actual) is bool:
        return f"expected a float, got {type(actual).__name__} {actual!r}"
    return None if abs(actual - expected) <= 1e-9 else f"expected {expected!r}, got {actual!r}"


CASES.append(case(*_large(9, 5_000, 100), check=_close_to_reference, time_limit=3.0,
                  name="5,000 queries of 100 items (NumPy arrays)"))
