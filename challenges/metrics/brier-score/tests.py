from fractions import Fraction

from drill import case, generate

COMPARE = {"name": "close", "rel_tol": 1e-9, "abs_tol": 1e-12}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

# Literal expected values agree with scikit-learn 1.9's brier_score_loss (see crosscheck.py);
# the exact ones below are computed with fractions, independently of solution.py.


def exact(y_true, y_prob, sample_weight=None):
    w = [Fraction(1)] * len(y_true) if sample_weight is None else [Fraction(v) for v in sample_weight]
    num = sum(wi * (Fraction(p) - int(t)) ** 2 for wi, t, p in zip(w, y_true, y_prob))
    return float(num / sum(w))


def matches_exact(actual, expected, y_true, y_prob, sample_weight=None):
    if type(actual) not in (float, int) or type(actual) is bool:
        return f"expected a float, got {type(actual).__name__} {actual!r}"
    want = exact(y_true, y_prob, sample_weight)
    if not abs(actual - want) <= max(1e-12, 1e-9 * abs(want)):
        return f"expected {want!r} (computed exactly), got {actual!r}"
    return None


def weighted(y_true, y_prob, w, **kw):
    return case(y_true, y_prob, kwargs={"sample_weight": w}, **kw)


CASES = [
    case([0, 1, 1, 0], [0.1, 0.9, 0.8, 0.3], expected=0.0375, sample=True, name="worked example"),
    weighted([0, 1, 1, 0], [0.1, 0.9, 0.8, 0.3], [1, 1, 1, 3], expected=0.055, sample=True,
             name="worked example with weights"),
    case([1, 0, 1], [0.5, 0.5, 0.5], expected=0.25, sample=True, name="always 0.5 scores 0.25"),
    case([1], [0.25], expected=0.5625, name="n = 1"),
    case([0], [1.0], expected=1.0, name="n = 1, confidently wrong: 1.0"),
    case([1, 0], [1.0, 0.0], expected=0.0, name="n = 2, perfect: 0.0"),
    case([0, 1], [1.0, 0.0], expected=1.0, name="n = 2, inverted: 1.0"),
    case([1, 1, 1, 1], [0.9, 0.6, 1.0, 0.2], expected=0.2025, name="single class: all positive"),
    case([0, 0, 0], [0.0, 0.3, 0.6], expected=0.15, name="single class: all negative"),
    case([True, False, True], [0.7, 0.2, 0.4], expected=0.16333333333333333,
         name="bool labels"),
    weighted([1, 0, 1], [0.2, 0.4, 0.9], [0, 2, 2], expected=0.085,
             name="a zero weight drops the sample"),
    weighted([1, 0], [0.2, 0.4], [3, 1], expected=0.52, name="n = 2 with weights"),
    weighted([1, 0, 0], [0.6, 0.6, 0.1], [1.0, 1.0, 1.0], expected=exact([1, 0, 0], [0.6, 0.6, 0.1]),
             name="unit weights equal no weights"),
    weighted([1, 0, 1, 0], [0.3, 0.8, 0.9, 0.5], [1e308, 1.5e308, 2e307, 1e308],
             check=matches_exact, name="weights near 1e308: their sum overflows"),
    weighted([1, 0, 1, 0], [0.3, 0.8, 0.9, 0.5], [1e-320, 3e-320, 5e-321, 1e-320],
             check=matches_exact, name="subnormal weights"),
    weighted([1, 0, 1], [0.3, 0.8, 0.9], [1e-300, 1e300, 1.0], check=matches_exact,
             name="weights spanning 600 orders of magnitude"),
    case([1, 0, 1], [1e-300, 1 - 1e-16, 5e-324], check=matches_exact,
         name="probabilities at the edges of the float range"),
]


@generate(count=12, seed=31)
def random_forecasts(rng):
    n = rng.choice([1, 2, 3, rng.randint(4, 50)])
    rate = rng.choice([0.0, 0.3, 0.5, 1.0])
    y_true = [int(rng.random() < rate) for _ in range(n)]
    y_prob = [rng.choice([0.0, 0.5, 1.0, round(rng.random(), 3)]) for _ in range(n)]
    if rng.random() < 0.5:
        return case(y_true, y_prob, check=matches_exact)
    w = [rng.choice([0, 1, 2, rng.random() * 10]) for _ in range(n)]
    w[rng.randrange(n)] = rng.randint(1, 5)
    return weighted(y_true, y_prob, w, check=matches_exact)


def _large(n, seed):
    import random

    r = random.Random(seed)
    y_true = [r.randint(0, 1) for _ in range(n)]
    y_prob = [r.random() for _ in range(n)]
    return y_true, y_prob


CASES.append(case(*_large(100_000, 5), name="100,000 samples", check=matches_exact))
