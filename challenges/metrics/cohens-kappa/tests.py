import math
from fractions import Fraction

from drill import case, generate

COMPARE = {"name": "close", "abs_tol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

NAN = math.nan

# Literal expected values agree with scikit-learn 1.9's cohen_kappa_score (see crosscheck.py).


def by_definition(rater_a, rater_b):
    """p_o and p_e straight from the definition, in exact fractions (None when undefined)."""
    n = len(rater_a)
    if n == 0:
        return None
    p_o = Fraction(sum(a == b for a, b in zip(rater_a, rater_b)), n)
    labels = set(rater_a) | set(rater_b)
    p_e = sum(Fraction(rater_a.count(c), n) * Fraction(rater_b.count(c), n) for c in labels)
    if p_e == 1:
        return None
    return (p_o - p_e) / (1 - p_e)


def matches_definition(actual, expected, rater_a, rater_b):
    if type(actual) not in (float, int) or type(actual) is bool:
        return f"expected a float, got {type(actual).__name__} {actual!r}"
    want = by_definition(rater_a, rater_b)
    if want is None:
        return None if math.isnan(actual) else f"kappa is undefined here: expected nan, got {actual!r}"
    if not abs(actual - float(want)) <= 1e-9:
        return f"expected {float(want)!r} (exactly {want}), got {actual!r}"
    return None


CASES = [
    case(["yes", "yes", "no", "no", "yes"], ["yes", "no", "no", "no", "yes"],
         expected=8 / 13, sample=True, name="worked example"),
    case([0, 1, 0, 1], [1, 0, 1, 0], expected=-1.0, sample=True, name="always disagree"),
    case([2, 2, 2], [2, 2, 2], expected=NAN, sample=True, name="one shared label: nan"),
    case([], [], expected=NAN, name="empty lists: nan"),
    case([5], [5], expected=NAN, name="n = 1, agree: p_e = 1, nan"),
    case([5], [6], expected=0.0, name="n = 1, disagree: 0.0"),
    case([0, 1], [0, 1], expected=1.0, name="n = 2, perfect"),
    case([0, 1], [1, 1], expected=0.0, name="n = 2, one rater constant: 0.0"),
    case([1, 1, 1, 1], [1, 1, 0, 1], expected=0.0,
         name="rater a uses a single class: kappa 0, not nan"),
    case([0, 0, 1, 1], [0, 0, 1, 1], expected=1.0, name="perfect agreement"),
    case([0, 0, 0, 0, 0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 0, 0, 0, 1, 0], expected=-1 / 9,
         name="90% raw agreement, below chance"),
    case(["a", "b", "c", "a", "b"], ["a", "b", "d", "e", "b"], expected=9 / 19,
         name="labels used by only one rater"),
    case(["A", "a", "a"], ["a", "a", "A"], expected=-0.5, name="labels are case-sensitive"),
    case([-1, 0, 0, -1, 3, 3], [0, 0, -1, -1, 3, 0], expected=0.25,
         name="negative and zero labels"),
    case([0] * 99_999 + [1], [0] * 99_998 + [1, 1], check=matches_definition,
         name="p_e close to 1 (no cancellation)"),
]


@generate(count=12, seed=13)
def random_raters(rng):
    n = rng.choice([1, 2, 3, rng.randint(4, 40)])
    k = rng.randint(1, 5)
    pool = list(range(k)) if rng.random() < 0.5 else ["neg", "pos", "mixed", "spam", "ham"][:k]
    rater_a = [rng.choice(pool) for _ in range(n)]
    rater_b = [a if rng.random() < 0.6 else rng.choice(pool) for a in rater_a]
    return case(rater_a, rater_b, check=matches_definition)


def _large(seed, n, k):
    import random

    r = random.Random(seed)
    rater_a = [r.randrange(k) for _ in range(n)]
    rater_b = [a if r.random() < 0.7 else r.randrange(k) for a in rater_a]
    return rater_a, rater_b


CASES.append(case(*_large(3, 200_000, 5_000), time_limit=1.5,
                  name="200,000 items, 5,000 labels (O(n·k) is too slow)"))
