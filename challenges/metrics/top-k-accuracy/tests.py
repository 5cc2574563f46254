from drill import case, generate

COMPARE = {"name": "close", "abs_tol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

# Literal expected values agree with scikit-learn 1.9's top_k_accuracy_score (see crosscheck.py).

EXAMPLE = [[0.5, 0.2, 0.2, 0.1], [0.3, 0.4, 0.2, 0.1], [0.2, 0.4, 0.3, 0.1], [0.7, 0.2, 0.1, 0.0]]


def by_sorting(y_true, y_score, k):
    """Sort each row by (score, index), both descending, and look for the true class."""
    hits = 0
    for y, row in zip(y_true, y_score):
        order = sorted(range(len(row)), key=lambda c: (row[c], c), reverse=True)
        hits += y in order[:k]
    return hits / len(y_true)


def matches_sorting(actual, expected, y_true, y_score, k=2):
    if type(actual) not in (float, int) or type(actual) is bool:
        return f"expected a float, got {type(actual).__name__} {actual!r}"
    want = by_sorting(y_true, y_score, k)
    if not abs(actual - want) <= 1e-9:
        return f"expected {want!r}, got {actual!r}"
    return None


CASES = [
    case([0, 1, 3, 2], EXAMPLE, expected=0.5, sample=True, name="worked example, default k = 2"),
    case([0, 1, 3, 2], EXAMPLE, 1, expected=0.5, sample=True, name="worked example, k = 1"),
    case([0, 1, 3, 2], EXAMPLE, 3, expected=0.75, sample=True, name="worked example, k = 3"),
    case([0, 1, 3, 2], EXAMPLE, kwargs={"k": 4}, expected=1.0, name="k = C: every sample is a hit"),
    case([0, 1], [[0.1, 0.5, 0.4], [0.9, 0.05, 0.05]], 10, expected=1.0, name="k > C"),
    case([0], [[0.4, 0.4, 0.2]], 1, expected=0.0, name="n = 1, tie: the higher index ranks first"),
    case([1], [[0.4, 0.4, 0.2]], 1, expected=1.0, name="n = 1, tie won by the true class"),
    case([2], [[0.1, 0.6, 0.3]], expected=1.0, name="n = 1, default k = 2, second place"),
    case([0], [[0.1, 0.6, 0.3]], expected=0.0, name="n = 1, default k = 2, third place"),
    case([0, 1], [[0.3, 0.7], [0.6, 0.4]], 1, expected=0.0, name="C = 2, k = 1"),
    case([0, 1], [[0.3, 0.7], [0.6, 0.4]], expected=1.0, name="C = 2, default k = 2"),
    case([0, 1, 2, 3], [[0.0] * 4] * 4, 2, expected=0.5,
         name="all scores tied: only the two highest indices are hits"),
    case([0, 2, 1], [[0.5, 0.5, 0.0], [0.2, 0.2, 0.2], [0.5, 0.5, 0.0]], 1, expected=2 / 3,
         name="ties inside rows"),
    case([1, 1, 1], [[0.2, 0.5, 0.3], [0.6, 0.3, 0.1], [0.1, 0.2, 0.7]], 1, expected=1 / 3,
         name="a single true class"),
    case([2, 0, 1], [[-1e308, 1e308, 5e-324], [-3.0, -1.0, -2.0], [1e-320, 0.0, -1e-320]], 2,
         expected=2 / 3, name="extreme magnitudes and negative scores"),
    case([2, 0], [[1e308, 1e308, 1e308], [-1e308, -1e308, -1e308]], 1, expected=0.5,
         name="ties at 1e308"),
]


@generate(count=12, seed=19)
def random_scores(rng):
    n = rng.choice([1, 2, rng.randint(3, 30)])
    c = rng.randint(2, 6)
    y_true = [rng.randrange(c) for _ in range(n)]
    if rng.random() < 0.5:
        y_score = [[rng.choice([0.0, 0.25, 0.5]) for _ in range(c)] for _ in range(n)]
    else:
        y_score = [[round(rng.uniform(-3, 3), 2) for _ in range(c)] for _ in range(n)]
    if rng.random() < 0.3:
        return case(y_true, y_score, check=matches_sorting)
    return case(y_true, y_score, rng.randint(1, c + 1), check=matches_sorting)


def _large(seed, n, c):
    import numpy as np

    r = np.random.default_rng(seed)
    scores = np.round(r.random((n, c)), 2)
    return [int(v) for v in r.integers(0, c, n)], scores


CASES.append(case(*_large(4, 20_000, 100), 5, name="20,000 samples, 100 classes, a NumPy array"))
