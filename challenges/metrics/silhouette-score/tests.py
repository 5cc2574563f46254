import math

from drill import case, generate

COMPARE = {"name": "close", "abs_tol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

NAN = math.nan

# Literal expected values agree with scikit-learn 1.9's silhouette_score (see crosscheck.py),
# except the NaN cases where scikit-learn raises. The check below is a plain-Python silhouette
# with math.dist (which scales before squaring) and math.fsum, independent of solution.py.


def by_definition(X, labels):
    X = [list(map(float, p)) for p in X]
    n = len(X)
    clusters = {}
    for i, c in enumerate(labels):
        clusters.setdefault(c, []).append(i)
    if len(clusters) < 2 or len(clusters) == n:
        return NAN
    total = []
    for i, c in enumerate(labels):
        own = clusters[c]
        if len(own) == 1:
            total.append(0.0)
            continue
        a = math.fsum(math.dist(X[i], X[j]) for j in own) / (len(own) - 1)
        b = min(math.fsum(math.dist(X[i], X[j]) for j in members) / len(members)
                for other, members in clusters.items() if other != c)
        total.append(0.0 if max(a, b) == 0 else (b - a) / max(a, b))
    return math.fsum(total) / n


def matches_definition(actual, expected, X, labels):
    if type(actual) not in (float, int) or type(actual) is bool:
        return f"expected a float, got {type(actual).__name__} {actual!r}"
    want = by_definition(X, labels)
    if math.isnan(want):
        return None if math.isnan(actual) else f"expected nan, got {actual!r}"
    assert expected is None or (not math.isnan(expected) and abs(expected - want) <= 1e-12), (
        f"test data error: expected {expected!r}, the definition gives {want!r}")
    if not abs(actual - want) <= 1e-9:
        return f"expected {want!r}, got {actual!r}"
    return None


def sil(X, labels, **kw):
    return case(X, labels, check=matches_definition, **kw)


TWO_BLOBS = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [6.0, 6.0], [6.0, 7.0], [7.0, 6.5]]
TWO_LABELS = [0, 0, 0, 1, 1, 1]

CASES = [
    sil([[0], [1], [4], [5]], ["a", "a", "b", "b"], expected=47 / 63, sample=True,
        name="worked example"),
    sil([[0, 0], [0, 1], [5, 5]], [0, 0, 1], expected=0.5674682939580281, sample=True,
        name="a point alone in its cluster scores 0"),
    sil([[0, 0], [1, 1]], [3, 3], expected=NAN, sample=True, name="one cluster: nan"),
    sil([[2.5]], [0], expected=NAN, name="n = 1: nan"),
    sil([[0], [1]], [0, 1], expected=NAN, name="n = 2, every point alone: nan"),
    sil([[0], [1], [2]], [0, 1, 2], expected=NAN, name="as many clusters as points: nan"),
    sil([[0], [1], [3]], [0, 0, 1], expected=7 / 18,
        name="n = 3: a = 1, b = 3 and a = 1, b = 2"),
    sil(TWO_BLOBS, TWO_LABELS, name="two blobs"),
    sil(TWO_BLOBS, [0, 1, 0, 1, 0, 1], name="a bad clustering scores below 0"),
    sil([[0], [1], [10], [11], [30], [31]], [0, 0, 1, 1, 2, 2],
        name="three clusters: b is the nearest other cluster"),
    sil([[1, 1], [1, 1], [1, 1], [1, 1]], [0, 0, 1, 1], expected=0.0,
        name="all points equal: a = b = 0 scores 0, not nan"),
    sil([[0], [0], [5], [0]], [7, 7, 9, 9], name="duplicates across clusters"),
    sil([[0], [2], [4], [6]], [-1, 5, -1, 5], name="labels need not be 0..k-1"),
    sil([[1e9 + 0.0], [1e9 + 1.0], [1e9 + 4.0], [1e9 + 5.0]], ["a", "a", "b", "b"],
        expected=47 / 63, name="points near 1e9: no |x|² + |y|² − 2xy cancellation"),
    sil([[v * 1e100 for v in p] for p in TWO_BLOBS], TWO_LABELS,
        name="coordinates near 1e100 (scale invariant)"),
    sil([[v * 1e-100 for v in p] for p in TWO_BLOBS], TWO_LABELS,
        name="coordinates near 1e-100 (scale invariant)"),
    sil([[-3.5, 2.0, 1.0], [-3.0, 2.5, 0.5], [4.0, -1.0, 2.0], [4.5, -0.5, 2.0], [0.0, 0.0, 0.0]],
        ["x", "x", "y", "y", "y"], name="three dimensions, uneven clusters"),
]


@generate(count=14, seed=71)
def random_clusterings(rng):
    n = rng.choice([2, 3, 4, rng.randint(5, 30)])
    d = rng.randint(1, 3)
    k = rng.randint(1, min(n, 5))
    labels = [rng.randrange(k) for _ in range(n)]
    if rng.random() < 0.5:  # integer grid: many ties and duplicates
        X = [[float(rng.randint(0, 3)) for _ in range(d)] for _ in range(n)]
    else:
        X = [[round(rng.gauss(3 * labels[i], 1.5), 3) for _ in range(d)] for i in range(n)]
    return sil(X, labels)


def _large(seed, n, d, k):
    import numpy as np

    r = np.random.default_rng(seed)
    labels = r.integers(0, k, n)
    X = r.normal(0, 1, (n, d)) + labels[:, None] * 2.0
    return X, labels.tolist()


def _close_to_reference(actual, expected, X, labels):
    if type(actual) not in (float, int) or type(actual) is bool:
        return f"expected a float, got {type(actual).__name__} {actual!r}"
    return None if abs(actual - expected) <= 1e-9 else f"expected {expected!r}, got {actual!r}"


CASES.append(case(*_large(3, 1_500, 8, 6), check=_close_to_reference, time_limit=3.0,
                  name="1,500 points in 8 dimensions, 6 clusters"))
