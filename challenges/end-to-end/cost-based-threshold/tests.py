import math

import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "close", "rel_tol": 1e-9, "abs_tol": 1e-12}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs
INF = float("inf")


def result(threshold, cost, fp, fn):
    return {"threshold": threshold, "cost": cost, "false_positives": fp, "false_negatives": fn}


def by_definition(y_true, scores, cost_fp=1.0, cost_fn=1.0):
    """Every candidate counted from scratch (quadratic, independent of solution.py)."""
    y, s = list(y_true), [float(v) for v in scores]
    best = None
    for t in sorted(set(s) | {INF}, reverse=True):
        fp = sum(1 for yi, si in zip(y, s) if si >= t and yi == 0)
        fn = sum(1 for yi, si in zip(y, s) if si < t and yi == 1)
        total = cost_fp * fp + cost_fn * fn
        if best is None or total < best[0] - 1e-9 * max(1.0, total):
            best = (total, t, fp, fn)
    total, t, fp, fn = best
    return result(t, total / len(y) if y else 0.0, fp, fn)


def matches_definition(actual, expected, *args):
    want = by_definition(*args)
    if type(actual) is not dict or set(actual) != set(want):
        return f"expected a dict with keys {sorted(want)}, got {actual!r:.120}"
    for key in ("false_positives", "false_negatives"):
        if type(actual[key]) is not int or actual[key] != want[key]:
            return f"{key}: expected {want[key]}, got {actual[key]!r}"
    if type(actual["threshold"]) is not float or actual["threshold"] != want["threshold"]:
        return f"threshold: expected {want['threshold']!r}, got {actual['threshold']!r}"
    if type(actual["cost"]) is not float or not math.isclose(actual["cost"], want["cost"], rel_tol=1e-9, abs_tol=1e-12):
        return f"cost: expected {want['cost']!r}, got {actual['cost']!r}"
    return None


Y = [0, 0, 1, 0, 1, 1, 0, 1]
S = [0.1, 0.35, 0.4, 0.6, 0.7, 0.8, 0.2, 0.35]


def _large():
    g = np.random.default_rng(77)
    n = 1_000_000
    y = (g.random(n) < 0.02).astype(np.int64)
    scores = np.round(g.normal(0, 1, n) + 2.0 * y, 3)  # rounded: many ties
    return y, scores


CASES = [
    case(Y, S, 1.0, 5.0, expected=result(0.35, 0.25, 2, 0), sample=True,
         name="worked example: a missed fraud costs 5 reviews"),
    case(Y, S, expected=result(0.7, 0.25, 0, 2), sample=True,
         name="default equal costs: 0.7 and 0.4 tie at 2, the higher wins"),
    case(Y, S, 5.0, 1.0, expected=result(0.7, 0.25, 0, 2), sample=True,
         name="expensive reviews: flag only the surest"),
    case(Y, S, 100.0, 1.0, expected=result(0.7, 0.25, 0, 2), name="very expensive reviews"),
    case([0, 1, 0], [0.9, 0.5, 0.1], 3.0, 1.0, expected=result(INF, 1 / 3, 0, 1),
         name="every review costs more than it saves: +inf flags nothing"),
    case(Y, S, 1.0, 100.0, expected=result(0.35, 0.25, 2, 0), name="very expensive misses"),
    case(Y, S, 0.0, 0.0, expected=result(INF, 0.0, 0, 4), name="free errors: all tie, +inf is highest"),
    case(Y, S, 1.0, 0.0, expected=result(INF, 0.0, 0, 4), name="misses are free: flag nothing"),
    case(Y, S, 0.0, 1.0, expected=result(0.35, 0.0, 2, 0),
         name="reviews are free: the highest threshold that misses nothing"),
    case([0, 1, 1, 1], [0.9, 0.8, 0.7, 0.6], 0.3, 0.1, expected=result(INF, 0.075, 0, 3),
         name="float totals 0.1 * 3 (0.30000000000000004) and 0.3 * 1 tie: the higher threshold"),
    case([1, 1, 0, 1, 1, 0, 1], [0.9, 0.9, 0.2, 0.0, 0.5, 0.7, 0.5], expected=result(0.5, 2 / 7, 1, 1),
         name="default costs 1 and 1 (2:1 or 1:2 would choose differently)"),
    case([1, 0], [0.2, 0.6], 0.001, 0.0010000005, expected=result(INF, 0.00050000025, 0, 1),
         name="small totals 0.001 and 0.0010000005 tie: the tolerance is at least 1e-9"),
    case([1, 0], [0.2, 0.6], 1000.0, 1000.0000005, expected=result(INF, 500.00000025, 0, 1),
         name="large totals 1000 and 1000.0000005 tie: the tolerance grows with the minimum"),
    case([1, 0], [5.0, 5.0], 1.0, 2.0, expected=result(5.0, 0.5, 1, 0),
         name="tied scores flip together: one positive, one negative on the same score"),
    case([1], [0.3], expected=result(0.3, 0.0, 0, 0), name="one positive sample"),
    case([0], [0.3], expected=result(INF, 0.0, 0, 0), name="one negative sample"),
    case([], [], expected=result(INF, 0.0, 0, 0), name="no samples"),
    case(np.array([0, 1, 1, 0, 1]), np.array([-1e300, 2e300, -5e-324, 1e-300, 1.7e308]), 2.0, 3.0,
         name="NumPy arrays, scores near the float limits"),
    case([0, 0, 0], [0.4, 0.2, 0.9], 1.0, 1.0, expected=result(INF, 0.0, 0, 0), name="no positives"),
    case([1, 1, 1], [0.4, 0.2, 0.9], 1.0, 1.0, expected=result(0.2, 0.0, 0, 0),
         name="no negatives: the lowest score flags everything"),
    case(*_large(), 1.0, 20.0, time_limit=4.0,
         name="1,000,000 transactions, 2% fraud, many tied scores"),
]


@generate(count=12, seed=5150)
def random_validation_sets(rng):
    g = numpy_rng(rng)
    n = rng.randint(1, 40)
    y = (g.random(n) < rng.uniform(0.1, 0.9)).astype(int)
    scores = np.round(g.normal(0, 1, n) + y * rng.uniform(0, 2), rng.choice([0, 1, 2]))
    costs = (rng.choice([0.1, 0.5, 1.0, 2.0, 3.0]), rng.choice([0.3, 1.0, 2.0, 10.0]))
    return case(y.tolist(), scores.tolist(), *costs, check=matches_definition)
