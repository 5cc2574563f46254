from fractions import Fraction

from drill import case, generate
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

# Literal expected values are scikit-learn 1.9's precision_recall_curve(y_true, y_score)
# output (see crosscheck.py); the check below recomputes every point from the definition.


def by_definition(y_true, y_score):
    """Each distinct score as a threshold, counted from scratch, in exact fractions."""
    positives = sum(1 for t in y_true if t)
    precision, recall = [], []
    thresholds = sorted(set(y_score))
    for t in thresholds:
        tp = sum(1 for y, s in zip(y_true, y_score) if s >= t and y)
        admitted = sum(1 for s in y_score if s >= t)
        precision.append(float(Fraction(tp, admitted)))
        recall.append(float(Fraction(tp, positives)) if positives else 1.0)
    return precision + [1.0], recall + [0.0], [float(t) for t in thresholds]


def _floats(part):
    return [float(v) for v in part]


def same_curve(actual, expected, y_true, y_score):
    if type(actual) not in (tuple, list) or len(actual) != 3:
        return f"expected (precision, recall, thresholds), got {actual!r:.200}"
    try:
        got = [_floats(part) for part in actual]
    except TypeError:
        return f"each of the three parts must be a list of numbers, got {actual!r:.200}"
    want = by_definition(list(y_true), list(y_score))
    if expected is not None:  # the listed (or reference) answer must agree with the definition
        assert [_floats(part) for part in expected] == [_floats(part) for part in want] or all(
            abs(a - b) <= 1e-12 for e, w in zip(expected, want) for a, b in zip(e, w)
        ), f"test data error: {expected!r} is not the curve by definition {want!r}"
    for name, g, w in zip(("precision", "recall", "thresholds"), got, want):
        if len(g) != len(w):
            return f"{name}: expected {len(w)} values, got {len(g)}: {g!r:.200}"
        for i, (a, b) in enumerate(zip(g, w)):
            if not abs(a - b) <= max(1e-9, 1e-9 * abs(b)):
                return f"{name}[{i}]: expected {b!r}, got {a!r} (expected {w!r:.200})"
    return None


def curve(y_true, y_score, **kw):
    return case(y_true, y_score, check=same_curve, **kw)


CASES = [
    curve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], sample=True, name="worked example",
          expected=([0.5, 2 / 3, 0.5, 1.0, 1.0], [1.0, 1.0, 0.5, 0.5, 0.0], [0.1, 0.35, 0.4, 0.8])),
    curve([1, 1, 0, 0, 0], [0.9, 0.5, 0.5, 0.1, 0.05], sample=True, name="a tied pair enters at once",
          expected=([0.4, 0.5, 2 / 3, 1.0, 1.0], [1.0, 1.0, 1.0, 0.5, 0.0], [0.05, 0.1, 0.5, 0.9])),
    curve([0, 0], [0.3, 0.1], sample=True, name="no positives: recall 1.0",
          expected=([0.0, 0.0, 1.0], [1.0, 1.0, 0.0], [0.1, 0.3])),
    curve([1], [0.3], name="n = 1, positive", expected=([1.0, 1.0], [1.0, 0.0], [0.3])),
    curve([0], [-2], name="n = 1, negative", expected=([0.0, 1.0], [1.0, 0.0], [-2.0])),
    curve([1, 0], [0.5, 0.5], name="n = 2, tied", expected=([0.5, 1.0], [1.0, 0.0], [0.5])),
    curve([0, 1], [0.2, 0.7], name="n = 2, separated",
          expected=([0.5, 1.0, 1.0], [1.0, 1.0, 0.0], [0.2, 0.7])),
    curve([1, 0], [0.2, 0.7], name="n = 2, inverted",
          expected=([0.5, 0.0, 1.0], [1.0, 0.0, 0.0], [0.2, 0.7])),
    curve([1, 1, 1], [0.4, 0.1, 0.4], name="all positive: precision 1 everywhere",
          expected=([1.0, 1.0, 1.0], [1.0, 2 / 3, 0.0], [0.1, 0.4])),
    curve([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5], name="all scores tied: one threshold",
          expected=([0.5, 1.0], [1.0, 0.0], [0.5])),
    curve([1, 0, 0, 1], [3, 3, 1, 1], name="int scores, positive listed first in each tie",
          expected=([0.5, 0.5, 1.0], [1.0, 0.5, 0.0], [1.0, 3.0])),
    curve([True, False, True], [0.2, 0.6, 0.9], name="bool labels",
          expected=([2 / 3, 0.5, 1.0, 1.0], [1.0, 0.5, 0.5, 0.0], [0.2, 0.6, 0.9])),
    curve([1, 0, 1, 0], [-1e308, 1e308, 5e-324, 0.0], name="extreme scores",
          expected=([0.5, 1 / 3, 0.5, 0.0, 1.0], [1.0, 0.5, 0.5, 0.0, 0.0],
                    [-1e308, 0.0, 5e-324, 1e308])),
    curve([0, 1, 1], [-0.5, -3.0, -0.5], name="negative scores",
          expected=([2 / 3, 0.5, 1.0], [1.0, 0.5, 0.0], [-3.0, -0.5])),
]


@generate(count=12, seed=41)
def random_scores(rng):
    n = rng.choice([1, 2, 3, rng.randint(4, 40)])
    rate = rng.choice([0.0, 0.3, 0.5, 1.0])
    y_true = [int(rng.random() < rate) for _ in range(n)]
    if rng.random() < 0.5:
        y_score = [rng.choice([0, 1, 2, 3]) for _ in range(n)]
    else:
        y_score = [round(rng.uniform(-1, 1), 2) for _ in range(n)]
    return curve(y_true, y_score)


def _large(seed, n):
    import random

    r = random.Random(seed)
    y_true = [r.randint(0, 1) for _ in range(n)]
    y_score = [round(r.random(), 3) for _ in range(n)]
    return y_true, y_score


def _fast_enough(actual, expected, y_true, y_score):
    """The large case compares with the reference: the definition above is O(n²)."""
    if type(actual) not in (tuple, list) or len(actual) != 3:
        return f"expected (precision, recall, thresholds), got {actual!r:.200}"
    for name, g, w in zip(("precision", "recall", "thresholds"), actual, expected):
        g = [float(v) for v in g]
        if len(g) != len(w) or any(abs(a - b) > 1e-9 for a, b in zip(g, w)):
            return f"{name} differs from the expected curve"
    return None


CASES.append(case(*_large(8, 200_000), check=_fast_enough, time_limit=1.5,
                  name="200,000 samples (one sort, not a count per threshold)"))
