import itertools
import math
import random

from drill import case, generate

COMPARE = {"name": "close", "abs_tol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

# Literal expected values agree with scikit-learn 1.9's ndcg_score(y_true, y_score, k=k) (see
# crosscheck.py); scikit-learn is not needed here.


def _dcg(gains, k):
    return sum(g / math.log2(i + 2) for i, g in enumerate(gains) if k is None or i < k)


def by_permutations(y_true, y_score, k):
    """Tie averaging done literally: the mean DCG over every order of the tied documents."""
    if not y_true:
        return 0.0
    total = 0.0
    for rel, score in zip(y_true, y_score):
        ideal = _dcg(sorted(rel, reverse=True), k)
        if ideal == 0:
            continue
        groups = [[r for r, s in zip(rel, score) if s == value]
                  for value in sorted(set(score), reverse=True)]
        orders = list(itertools.product(*(itertools.permutations(g) for g in groups)))
        mean_dcg = sum(_dcg([r for part in order for r in part], k) for order in orders) / len(orders)
        total += mean_dcg / ideal
    return total / len(y_true)


def matches_permutations(actual, expected, y_true, y_score, k):
    if type(actual) not in (float, int) or type(actual) is bool:
        return f"expected a float, got {type(actual).__name__} {actual!r}"
    want = by_permutations(y_true, y_score, k)
    if abs(actual - want) > 1e-9:
        return (f"expected {want!r} (the mean DCG over every order of the tied documents), "
                f"got {actual!r} (tolerance: absolute 1e-9)")
    return None


CASES = [
    case([[3, 2, 0, 1], [0, 0, 0, 0]], [[0.9, 0.5, 0.5, 0.1], [1, 2, 3, 4]], 3,
         expected=0.43375174628471863, sample=True,
         name="worked example: a tie at positions 2-3, a query with nothing relevant"),
    case([[1, 0, 0, 0]], [[1, 2, 3, 4]], expected=0.4306765580733929, sample=True,
         name="the only relevant document ranked last, k=None"),
    case([[1, 0, 0, 1]], [[7, 7, 7, 7]], 2, expected=0.5, sample=True,
         name="every score tied: the group straddles k"),
    case([], [], 5, expected=0.0, name="no queries: 0.0"),
    case([[2]], [[0.3]], expected=1.0, name="a single relevant document"),
    case([[0]], [[0.3]], expected=0.0, name="a single irrelevant document: 0.0, not NaN"),
    case([[0, 0, 0]], [[3, 1, 2]], 2, expected=0.0, name="nothing relevant: IDCG = 0 gives 0.0"),
    case([[3, 2, 1, 0]], [[4, 3, 2, 1]], 2, expected=1.0, name="perfect ranking"),
    case([[0, 3, 1, 2]], [[5, 2, 2, 1]], 2, expected=2 / math.log2(3) / (3 + 2 / math.log2(3)),
         name="a tie group cut by k: only its positions <= k count"),
    case([[3, 1, 2]], [[0.2, 0.9, 0.5]], 1, expected=1 / 3, name="k = 1"),
    case([[3, 1, 2]], [[0.2, 0.9, 0.5]], 10, expected=(1 + 2 / math.log2(3) + 3 / 2) / (3 + 2 / math.log2(3) + 1 / 2),
         name="k larger than the query equals no cut-off"),
    case([[0, 0, 3, 0]], [[4, 3, 2, 1]], expected=(3 / 2) / 3,
         name="a single relevant document at position 3"),
    case([[3, 1, 0]], [[1, 2, 0]], expected=(1 + 3 / math.log2(3)) / (3 + 1 / math.log2(3)),
         name="gains are linear (2**rel - 1 gives a different value)"),
    case([[0.5, 1.5, 0]], [[-1, -2, -3]], expected=0.7967075809905065,
         name="float relevances, negative scores"),
    case([[1, 2], [0, 0, 5, 1, 0], [4]], [[0, 1], [9, 9, 1, 1, 0], [2]], 3,
         name="queries of different lengths"),
    case([[2, 2, 1, 1, 0]], [[3, 3, 2, 2, 1]], expected=1.0,
         name="ties between documents of equal relevance change nothing"),
]


@generate(count=12, seed=1618)
def random_queries(rng):
    queries = rng.randint(1, 4)
    y_true, y_score = [], []
    for _ in range(queries):
        n = rng.randint(1, 7)
        y_true.append([rng.choice([0, 0, 1, 2, 3]) for _ in range(n)])
        y_score.append([rng.randint(0, 3) for _ in range(n)])  # ties everywhere
    k = rng.choice([None, 1, 2, 3, 5, 10])
    return case(y_true, y_score, k, check=matches_permutations)


def _large(seed, queries, n):
    r = random.Random(seed)
    y_true, y_score = [], []
    for _ in range(queries):
        rel = [r.choice([0, 0, 0, 1, 2, 3]) for _ in range(n)]
        y_true.append(rel)
        y_score.append([round(g + r.gauss(0, 1.5), 1) for g in rel])  # about 100 distinct scores
    return y_true, y_score


CASES.append(case(*_large(4, 4, 50_000), None, time_limit=3.0,
                  name="4 queries of 50,000 documents, heavy ties, k=None"))
CASES.append(case(*_large(5, 4, 50_000), 100, time_limit=3.0,
                  name="4 queries of 50,000 documents, heavy ties, k=100"))
