from fractions import Fraction

from drill import case, generate

COMPARE = {"name": "close", "abs_tol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def by_definition(y_true, y_pred, groups):
    """The statement written out with exact fractions and a scan per group (independent)."""
    sel, tpr = {}, {}
    for g in dict.fromkeys(groups):
        rows = [i for i, h in enumerate(groups) if h == g]
        sel[g] = Fraction(sum(1 for i in rows if y_pred[i] == 1), len(rows))
        pos = [i for i in rows if y_true[i] == 1]
        tpr[g] = Fraction(sum(1 for i in pos if y_pred[i] == 1), len(pos)) if pos else None
    defined = [r for r in tpr.values() if r is not None]
    return {
        "selection_rate": {g: float(r) for g, r in sel.items()},
        "true_positive_rate": {g: (None if r is None else float(r)) for g, r in tpr.items()},
        "demographic_parity_difference": float(max(sel.values()) - min(sel.values())) if sel else 0.0,
        "equal_opportunity_difference": float(max(defined) - min(defined)) if defined else 0.0,
    }


def _large():
    import random

    r = random.Random(99)
    n, g = 100_000, 10_000
    groups = [r.randrange(g) for _ in range(n)]
    y_true = [int(r.random() < 0.3) for _ in range(n)]
    y_pred = [t if r.random() < 0.8 else 1 - t for t in y_true]
    return y_true, y_pred, groups


EMPTY = {"selection_rate": {}, "true_positive_rate": {},
         "demographic_parity_difference": 0.0, "equal_opportunity_difference": 0.0}

CASES = [
    case([1, 0, 1, 1, 0, 1, 0, 0], [1, 0, 1, 0, 1, 1, 0, 0], ["a", "a", "a", "a", "b", "b", "b", "c"],
         expected={"selection_rate": {"a": 0.5, "b": 2 / 3, "c": 0.0},
                   "true_positive_rate": {"a": 2 / 3, "b": 1.0, "c": None},
                   "demographic_parity_difference": 2 / 3,
                   "equal_opportunity_difference": 1 / 3},
         sample=True, name="worked example: group c has no positives"),
    case([1, 1, 0, 0], [1, 0, 1, 0], ["x", "x", "y", "y"],
         expected={"selection_rate": {"x": 0.5, "y": 0.5},
                   "true_positive_rate": {"x": 0.5, "y": None},
                   "demographic_parity_difference": 0.0,
                   "equal_opportunity_difference": 0.0},
         sample=True, name="equal selection rates; one defined TPR gives a gap of 0.0"),
    case([1, 1, 1, 1, 0, 0], [1, 1, 0, 0, 1, 1], [1, 1, 2, 2, 1, 2],
         expected={"selection_rate": {1: 1.0, 2: 1 / 3},
                   "true_positive_rate": {1: 1.0, 2: 0.0},
                   "demographic_parity_difference": 2 / 3,
                   "equal_opportunity_difference": 1.0},
         sample=True, name="integer group ids; a TPR of 0.0 is defined and counts"),
    case([], [], [], expected=EMPTY, name="empty input"),
    case([0], [1], ["solo"],
         expected={"selection_rate": {"solo": 1.0}, "true_positive_rate": {"solo": None},
                   "demographic_parity_difference": 0.0, "equal_opportunity_difference": 0.0},
         name="a single row without a positive"),
    case([0, 0, 0, 0], [0, 1, 1, 0], ["a", "b", "a", "b"],
         expected={"selection_rate": {"a": 0.5, "b": 0.5},
                   "true_positive_rate": {"a": None, "b": None},
                   "demographic_parity_difference": 0.0, "equal_opportunity_difference": 0.0},
         name="no positives anywhere: every TPR is None, the gap is 0.0"),
    case([True, False, True, True], [True, True, False, True], ["m", "m", "f", "f"],
         expected={"selection_rate": {"m": 1.0, "f": 0.5},
                   "true_positive_rate": {"m": 1.0, "f": 0.5},
                   "demographic_parity_difference": 0.5, "equal_opportunity_difference": 0.5},
         name="boolean labels"),
    case([1, 0, 1, 0], [0, 0, 0, 0], ["A", "a", "A", "a"],
         expected={"selection_rate": {"A": 0.0, "a": 0.0},
                   "true_positive_rate": {"A": 0.0, "a": None},
                   "demographic_parity_difference": 0.0, "equal_opportunity_difference": 0.0},
         name="nobody selected; group names are case-sensitive"),
    case([1, 1, 1, 0, 1, 0, 1], [1, 0, 1, 1, 1, 0, 0], [0, 0, 0, -1, -1, -1, 5],
         check=lambda actual, expected, *args: matches_definition(actual, expected, *args),
         name="zero and negative group ids; the gap spans the extreme groups only"),
    case(*_large(), time_limit=2.0,
         name="100,000 rows, 10,000 groups (one scan per group is too slow)"),
]


def COMPARE_FN(expected, actual):
    """Same rule as COMPARE, for cases graded against by_definition."""
    import math

    def walk(e, a, where):
        if isinstance(e, dict):
            if type(a) is not dict:
                return f"{where}: expected a dict, got {type(a).__name__}"
            if set(e) != set(a):
                return f"{where}: keys expected {sorted(e, key=repr)}, got {sorted(a, key=repr)}"
            for k in e:
                diff = walk(e[k], a[k], f"{where}[{k!r}]")
                if diff:
                    return diff
            return None
        if e is None:
            return None if a is None else f"{where}: expected None (undefined), got {a!r}"
        if type(a) not in (int, float) or not math.isclose(a, e, rel_tol=0, abs_tol=1e-9):
            return f"{where}: expected {e!r}, got {a!r} (tolerance: absolute 1e-9)"
        return None

    return walk(expected, actual, "result")


def matches_definition(actual, expected, y_true, y_pred, groups):
    return COMPARE_FN(by_definition(y_true, y_pred, groups), actual)


@generate(count=12, seed=8080)
def random_audits(rng):
    """Seeded audits graded against the definition above, not against solution.py."""
    n = rng.randint(1, 40)
    pool = rng.choice([["a", "b", "c"], [0, 1, 2, 3], ["north", "south"], [-1, 7]])
    groups = [rng.choice(pool) for _ in range(n)]
    base = rng.random()
    y_true = [int(rng.random() < base) for _ in range(n)]
    y_pred = [t if rng.random() < 0.7 else 1 - t for t in y_true]
    if rng.random() < 0.3:
        y_true, y_pred = [bool(v) for v in y_true], [bool(v) for v in y_pred]
    return case(y_true, y_pred, groups, check=matches_definition)
