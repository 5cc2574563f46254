import math
import random
from fractions import Fraction

from drill import case, generate

COMPARE = {"name": "close", "abs_tol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

NAN = math.nan

# Literal expected values agree with scikit-learn 1.9's roc_auc_score(y_true, y_score) (see
# crosscheck.py); scikit-learn is not needed here.


def by_pairs(y_true, y_score):
    """Every (positive, negative) pair, ties counting 1/2, in exact fractions."""
    pos = [s for t, s in zip(y_true, y_score) if t]
    neg = [s for t, s in zip(y_true, y_score) if not t]
    if not pos or not neg:
        return None
    wins = sum(Fraction(1) if p > q else Fraction(1, 2) if p == q else Fraction(0)
               for p in pos for q in neg)
    return wins / (len(pos) * len(neg))


def matches_pairs(actual, expected, y_true, y_score):
    if type(actual) not in (float, int) or type(actual) is bool:
        return f"expected a float, got {type(actual).__name__} {actual!r}"
    want = by_pairs(y_true, y_score)
    if want is None:
        return None if math.isnan(actual) else f"only one class: expected nan, got {actual!r}"
    if abs(actual - float(want)) > 1e-9:
        return f"expected {float(want)!r} (exactly {want}), got {actual!r} (tolerance: absolute 1e-9)"
    return None


CASES = [
    case([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], expected=0.75, sample=True, name="worked example"),
    case([1, 0, 1, 0, 1], [0.9, 0.9, 0.4, 0.2, 0.9], expected=2 / 3, sample=True,
         name="tied positive and negative scores count 1/2"),
    case([1, 1, 1], [0.2, 0.5, 0.9], expected=NAN, sample=True, name="no negatives: nan"),
    case([0, 0], [0.3, 0.1], expected=NAN, name="no positives: nan"),
    case([], [], expected=NAN, name="empty input: nan"),
    case([1, 0], [0.7, 0.2], expected=1.0, name="two samples, perfect"),
    case([1, 0], [0.2, 0.7], expected=0.0, name="two samples, inverted: 0.0, not 1.0"),
    case([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5], expected=0.5, name="every score tied: 0.5"),
    case([1, 0, 0, 1], [3, 3, 1, 1], expected=0.5,
         name="positive listed first in each tie (a staircase would say 0.75 or 0.25)"),
    case([1, 1, 0, 0, 1], [-0.5, -3, -3, -7, 2], expected=11 / 12,
         name="negative scores (margins, not probabilities)"),
    case([True, False, True, False], [10, 20, 30, 5], expected=0.75, name="bool labels, int scores"),
    case([0, 1, 1, 0], [1e-12, 2e-12, 2e-12, 0.0], expected=1.0,
         name="tiny but distinct scores are not ties"),
    case([0] * 99 + [1], [i / 100 for i in range(100)], expected=1.0,
         name="one positive among 99 negatives, ranked first"),
]


@generate(count=12, seed=2718)
def random_ties(rng):
    n = rng.randint(2, 40)
    y_true = [int(rng.random() < rng.choice([0.1, 0.5, 0.8])) for _ in range(n)]
    if rng.random() < 0.6:
        y_score = [rng.randint(-2, 2) for _ in range(n)]  # heavy ties
    else:
        y_score = [round(rng.gauss(t, 1.0), 1) for t in y_true]
    return case(y_true, y_score, check=matches_pairs)


def _large(seed, n):
    r = random.Random(seed)
    y_true = [int(r.random() < 0.5) for _ in range(n)]
    y_score = [round(r.gauss(0.8 if t else 0.0, 1.0), 2) for t in y_true]
    return y_true, y_score


CASES.append(case(*_large(1, 200_000), time_limit=3.0,
                  name="200,000 samples with many ties (comparing all pairs is too slow)"))
