from fractions import Fraction

from drill import case, generate

COMPARE = {"name": "close", "abs_tol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def by_definition(y_pred, groups, reference=None, threshold=0.8):
    """The statement written out with exact fractions and a scan per group (independent)."""
    rate = {}
    for g in dict.fromkeys(groups):
        rows = [i for i, h in enumerate(groups) if h == g]
        rate[g] = Fraction(sum(1 for i in rows if y_pred[i] == 1), len(rows))
    if reference is None and rate:
        top = max(rate.values())
        reference = next(g for g in rate if rate[g] == top)
    base = rate.get(reference, Fraction(0))
    ratio = {g: (r / base if base else None) for g, r in rate.items()}
    adverse = sorted((g for g, r in ratio.items() if r is not None and r < Fraction(threshold)),
                     key=lambda g: (ratio[g], g))
    return {
        "reference": reference,
        "selection_rate": {g: float(r) for g, r in rate.items()},
        "impact_ratio": {g: (None if r is None else float(r)) for g, r in ratio.items()},
        "adverse_impact": adverse,
    }


def matches_definition(actual, expected, y_pred, groups, reference=None, threshold=0.8):
    want = by_definition(y_pred, groups, reference, threshold)
    if type(actual) is not dict or set(actual) != set(want):
        return f"expected a dict with keys {sorted(want)}, got {actual!r}"
    for key in ("reference", "adverse_impact"):
        if actual[key] != want[key] or type(actual[key]) is not type(want[key]):
            return f"{key}: expected {want[key]!r}, got {actual[key]!r}"
    for key in ("selection_rate", "impact_ratio"):
        got, exp = actual[key], want[key]
        if type(got) is not dict or set(got) != set(exp):
            return f"{key}: expected keys {sorted(exp, key=repr)}, got {got!r}"
        for g, e in exp.items():
            a = got[g]
            if e is None:
                if a is not None:
                    return f"{key}[{g!r}]: expected None (undefined), got {a!r}"
            elif type(a) not in (int, float) or not abs(a - e) <= 1e-9:
                return f"{key}[{g!r}]: expected {e!r}, got {a!r} (tolerance: absolute 1e-9)"
    return None


def _large():
    import random

    r = random.Random(41)
    n, g = 100_000, 10_000
    groups = [r.randrange(g) for _ in range(n)]
    y_pred = [int(r.random() < 0.2 + 0.6 * (h % 7) / 6) for h in groups]
    return y_pred, groups


EXAMPLE_PRED = [1, 1, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]
EXAMPLE_GROUPS = ["a"] * 4 + ["b"] * 5 + ["c"] * 4 + ["d"] * 2

CASES = [
    case(EXAMPLE_PRED, EXAMPLE_GROUPS,
         expected={"reference": "a",
                   "selection_rate": {"a": 0.5, "b": 0.4, "c": 0.25, "d": 0.0},
                   "impact_ratio": {"a": 1.0, "b": 0.8, "c": 0.5, "d": 0.0},
                   "adverse_impact": ["d", "c"]},
         sample=True, name="worked example: b sits exactly on four fifths and passes"),
    case(EXAMPLE_PRED, EXAMPLE_GROUPS, "c",
         expected={"reference": "c",
                   "selection_rate": {"a": 0.5, "b": 0.4, "c": 0.25, "d": 0.0},
                   "impact_ratio": {"a": 2.0, "b": 1.6, "c": 1.0, "d": 0.0},
                   "adverse_impact": ["d"]},
         sample=True, name="a chosen reference group: ratios above 1 are allowed"),
    case([0, 0, 0, 0, 0], ["x", "y", "x", "y", "z"],
         expected={"reference": "x",
                   "selection_rate": {"x": 0.0, "y": 0.0, "z": 0.0},
                   "impact_ratio": {"x": None, "y": None, "z": None},
                   "adverse_impact": []},
         sample=True, name="nobody selected: every ratio is undefined (None)"),
    case([], [],
         expected={"reference": None, "selection_rate": {}, "impact_ratio": {}, "adverse_impact": []},
         name="empty input"),
    case([1], ["solo"],
         expected={"reference": "solo", "selection_rate": {"solo": 1.0},
                   "impact_ratio": {"solo": 1.0}, "adverse_impact": []},
         name="a single row"),
    case([0], ["solo"],
         expected={"reference": "solo", "selection_rate": {"solo": 0.0},
                   "impact_ratio": {"solo": None}, "adverse_impact": []},
         name="a single row, not selected"),
    case([1, 0, 1, 0, 1, 1], ["m", "m", "f", "f", "n", "n"], "f",
         expected={"reference": "f", "selection_rate": {"m": 0.5, "f": 0.5, "n": 1.0},
                   "impact_ratio": {"m": 1.0, "f": 1.0, "n": 2.0}, "adverse_impact": []},
         name="reference below the top group: nothing is adverse"),
    case([0, 0, 1, 1, 0, 1], ["low", "low", "mid", "mid", "top", "top"], "low",
         expected={"reference": "low", "selection_rate": {"low": 0.0, "mid": 1.0, "top": 0.5},
                   "impact_ratio": {"low": None, "mid": None, "top": None}, "adverse_impact": []},
         name="the chosen reference selects nobody: every ratio is None"),
    case([1, 0, 0, 1, 0, 0, 1, 1, 0], ["b", "b", "b", "a", "a", "a", "c", "c", "c"],
         expected={"reference": "c", "selection_rate": {"b": 1 / 3, "a": 1 / 3, "c": 2 / 3},
                   "impact_ratio": {"b": 0.5, "a": 0.5, "c": 1.0}, "adverse_impact": ["a", "b"]},
         name="the default reference is the group with the highest rate, wherever it appears"),
    case([1, 0, 1, 0, 0, 1, 1, 0], ["q", "q", "p", "p", "r", "r", "s", "s"],
         expected={"reference": "q", "selection_rate": {"q": 0.5, "p": 0.5, "r": 0.5, "s": 0.5},
                   "impact_ratio": {"q": 1.0, "p": 1.0, "r": 1.0, "s": 1.0}, "adverse_impact": []},
         name="every group ties for the top rate: the first to appear is the reference"),
    case([1, 1, 0] + [1, 1, 1, 1, 1, 0], ["g"] * 3 + ["h"] * 6,
         expected={"reference": "h", "selection_rate": {"g": 2 / 3, "h": 5 / 6},
                   "impact_ratio": {"g": 0.8, "h": 1.0}, "adverse_impact": []},
         name="exactly 4/5 where (2/3) / (5/6) rounds below 0.8 in floats: not adverse"),
    case([1] * 79 + [0] * 21 + [1] * 100, ["lo"] * 100 + ["hi"] * 100,
         expected={"reference": "hi", "selection_rate": {"lo": 0.79, "hi": 1.0},
                   "impact_ratio": {"lo": 0.79, "hi": 1.0}, "adverse_impact": ["lo"]},
         name="0.79 is below four fifths"),
    case([1, 1, 1, 1, 1, 1, 1, 1, 1, 0] + [1] * 10 + [1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
         ["a"] * 10 + ["b"] * 10 + ["c"] * 10, None, 0.9,
         expected={"reference": "b", "selection_rate": {"a": 0.9, "b": 1.0, "c": 0.8},
                   "impact_ratio": {"a": 0.9, "b": 1.0, "c": 0.8}, "adverse_impact": ["c"]},
         name="threshold 0.9: 0.9 passes, 0.8 is adverse"),
    case([1, 0, 1, 1, 0, 0, 0, 1], [2, 2, 0, 0, -1, -1, 7, 7], kwargs={"threshold": 0.5},
         expected={"reference": 0, "selection_rate": {2: 0.5, 0: 1.0, -1: 0.0, 7: 0.5},
                   "impact_ratio": {2: 0.5, 0: 1.0, -1: 0.0, 7: 0.5}, "adverse_impact": [-1]},
         name="integer groups (0 and -1 included); threshold 0.5 keeps the ratios equal to 0.5"),
    case([1, 0, 0, 0, 1, 0, 0, 0, 1, 1], ["z", "z", "y", "y", "x", "x", "w", "w", "v", "v"],
         expected={"reference": "v", "selection_rate": {"z": 0.5, "y": 0.0, "x": 0.5, "w": 0.0, "v": 1.0},
                   "impact_ratio": {"z": 0.5, "y": 0.0, "x": 0.5, "w": 0.0, "v": 1.0},
                   "adverse_impact": ["w", "y", "x", "z"]},
         name="adverse groups sorted by ratio, ties by group label"),
    case([True, False, True, True, False, False], ["m", "m", "m", "f", "f", "f"],
         expected={"reference": "m", "selection_rate": {"m": 2 / 3, "f": 1 / 3},
                   "impact_ratio": {"m": 1.0, "f": 0.5}, "adverse_impact": ["f"]},
         name="boolean predictions"),
    case([1, 0, 1, 1], ["A", "a", "a", "A"],
         expected={"reference": "A", "selection_rate": {"A": 1.0, "a": 0.5},
                   "impact_ratio": {"A": 1.0, "a": 0.5}, "adverse_impact": ["a"]},
         name="group labels are case-sensitive"),
    case(*_large(), time_limit=2.0,
         name="100,000 rows, 10,000 groups (one scan per group is too slow)"),
]


@generate(count=14, seed=4545)
def random_hiring(rng):
    """Seeded audits graded against the definition above, not against solution.py."""
    n = rng.randint(1, 40)
    pool = rng.choice([["a", "b", "c"], [0, 1, 2, 3], ["north", "south"], [-1, 7]])
    groups = [rng.choice(pool) for _ in range(n)]
    bias = {g: rng.random() for g in pool}
    y_pred = [int(rng.random() < bias[g]) for g in groups]
    if rng.random() < 0.3:
        y_pred = [bool(v) for v in y_pred]
    reference = rng.choice([None, None, groups[0], groups[-1]])
    threshold = rng.choice([0.8, 0.8, 0.5, 0.9, 1.0])
    return case(y_pred, groups, reference, threshold, check=matches_definition)
