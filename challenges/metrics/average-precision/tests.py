import random
from fractions import Fraction

from drill import case, generate

COMPARE = {"name": "close", "abs_tol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

# Literal expected values agree with scikit-learn 1.9's average_precision_score(y_true, y_score)
# (see crosscheck.py); scikit-learn is not needed here.


def by_definition(y_true, y_score):
    """The statement's threshold sum, with one pass per threshold, in exact fractions."""
    positives = sum(1 for t in y_true if t)
    if positives == 0:
        return Fraction(0)
    ap, prev_recall = Fraction(0), Fraction(0)
    for t in sorted(set(y_score), reverse=True):
        tp = sum(1 for y, s in zip(y_true, y_score) if s >= t and y)
        fp = sum(1 for y, s in zip(y_true, y_score) if s >= t and not y)
        recall = Fraction(tp, positives)
        ap += (recall - prev_recall) * Fraction(tp, tp + fp)
        prev_recall = recall
    return ap


def matches_definition(actual, expected, y_true, y_score):
    if type(actual) not in (float, int) or type(actual) is bool:
        return f"expected a float, got {type(actual).__name__} {actual!r}"
    want = by_definition(y_true, y_score)
    if abs(actual - float(want)) > 1e-9:
        return f"expected {float(want)!r} (exactly {want}), got {actual!r} (tolerance: absolute 1e-9)"
    return None


CASES = [
    case([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], expected=5 / 6, sample=True, name="worked example"),
    case([1, 1, 0, 0], [0.9, 0.5, 0.5, 0.1], expected=5 / 6, sample=True,
         name="a tie between a positive and a negative is one threshold"),
    case([0, 0, 0], [0.2, 0.9, 0.4], expected=0.0, sample=True, name="no positives: 0.0"),
    case([], [], expected=0.0, name="empty input: 0.0"),
    case([1], [0.5], expected=1.0, name="single positive"),
    case([0], [0.5], expected=0.0, name="single negative"),
    case([1, 1, 1], [0.3, -2, 7], expected=1.0, name="all positives: 1.0"),
    case([1, 0, 1, 0, 1], [3, 3, 3, 3, 3], expected=0.6,
         name="every score tied: AP is the positive rate"),
    case([0, 1, 1], [5, 1, 1], expected=2 / 3, name="the best-scored sample is a negative"),
    case([1, 0, 0, 1], [0.5, 0.5, 0.9, 0.5], expected=0.5,
         name="tie group with the positive listed first (sorting by sample would give more)"),
    case([0, 1, 0, 1, 1, 0], [-1, -2, -3, -2, 0, -1], expected=(1 + 2 * (3 / 5)) / 3,
         name="negative integer scores with ties"),
    case([True, False, True, False], [0.8, 0.6, 0.4, 0.2], expected=(1 + 2 / 3) / 2,
         name="bool labels"),
    case([0, 1], [1e-12, 0.0], expected=0.5, name="nearly equal scores are still different thresholds"),
]


@generate(count=12, seed=314)
def random_scores(rng):
    n = rng.randint(1, 40)
    y_true = [int(rng.random() < 0.35) for _ in range(n)]
    if rng.random() < 0.5:
        y_score = [rng.randint(0, 4) for _ in range(n)]  # many ties
    else:
        y_score = [round(rng.uniform(-1, 1), 2) for _ in range(n)]
    return case(y_true, y_score, check=matches_definition)


def _large(seed, n):
    r = random.Random(seed)
    y_true = [int(r.random() < 0.05) for _ in range(n)]
    y_score = [round(r.gauss(1.0 if t else 0.0, 1.0), 3) for t in y_true]
    return y_true, y_score


CASES.append(case(*_large(2, 200_000), time_limit=3.0,
                  name="200,000 samples with ties, 5% positive (O(n²) thresholds are too slow)"))
