from fractions import Fraction

from drill import case, generate

COMPARE = {"name": "close", "abs_tol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def by_definition(y_true, y_pred, groups, agg="worst_case"):
    """The statement written out with exact fractions and a scan per group (independent)."""
    tpr, fpr = {}, {}
    for g in dict.fromkeys(groups):
        rows = [i for i, h in enumerate(groups) if h == g]
        pos = [i for i in rows if y_true[i] == 1]
        neg = [i for i in rows if y_true[i] != 1]
        tpr[g] = Fraction(sum(y_pred[i] == 1 for i in pos), len(pos)) if pos else None
        fpr[g] = Fraction(sum(y_pred[i] == 1 for i in neg), len(neg)) if neg else None
    diffs, ratios = [], []
    for rates in (tpr, fpr):
        vals = [r for r in rates.values() if r is not None]
        diffs.append(max(vals) - min(vals) if vals else Fraction(0))
        if vals and max(vals) > 0:
            ratios.append(min(vals) / max(vals))
    if agg == "worst_case":
        diff, ratio = max(diffs), (min(ratios) if ratios else None)
    else:
        diff, ratio = sum(diffs) / 2, (sum(ratios) / len(ratios) if ratios else None)

    def out(rates):
        return {g: (None if r is None else float(r)) for g, r in rates.items()}

    return {
        "true_positive_rate": out(tpr),
        "false_positive_rate": out(fpr),
        "tpr_difference": float(diffs[0]),
        "fpr_difference": float(diffs[1]),
        "equalized_odds_difference": float(diff),
        "equalized_odds_ratio": None if ratio is None else float(ratio),
    }


def _problem(want, got, where):
    if isinstance(want, dict):
        if type(got) is not dict or set(got) != set(want):
            return f"{where}: expected keys {sorted(want, key=repr)}, got {got!r}"
        for k, v in want.items():
            diff = _problem(v, got[k], f"{where}[{k!r}]")
            if diff:
                return diff
        return None
    if want is None:
        return None if got is None else f"{where}: expected None (undefined), got {got!r}"
    if type(got) not in (int, float) or not abs(got - want) <= 1e-9:
        return f"{where}: expected {want!r}, got {got!r} (tolerance: absolute 1e-9)"
    return None


def matches_definition(actual, expected, y_true, y_pred, groups, agg="worst_case"):
    return _problem(by_definition(y_true, y_pred, groups, agg), actual, "result")


def _large():
    import random

    r = random.Random(77)
    n, g = 100_000, 10_000
    groups = [r.randrange(g) for _ in range(n)]
    y_true = [int(r.random() < 0.4) for _ in range(n)]
    y_pred = [t if r.random() < 0.75 else 1 - t for t in y_true]
    return y_true, y_pred, groups


EX_TRUE = [1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0]
EX_PRED = [1, 1, 1, 0, 1, 1, 1, 0, 1, 0, 1, 0, 0, 0, 0, 1]
EX_GROUPS = ["a"] * 8 + ["b"] * 6 + ["c"] * 2
EX_RATES = {"true_positive_rate": {"a": 0.75, "b": 0.5, "c": None},
            "false_positive_rate": {"a": 0.75, "b": 0.25, "c": 0.5},
            "tpr_difference": 0.25, "fpr_difference": 0.5}

EMPTY = {"true_positive_rate": {}, "false_positive_rate": {}, "tpr_difference": 0.0,
         "fpr_difference": 0.0, "equalized_odds_difference": 0.0, "equalized_odds_ratio": None}

CASES = [
    case(EX_TRUE, EX_PRED, EX_GROUPS,
         expected={**EX_RATES, "equalized_odds_difference": 0.5, "equalized_odds_ratio": 1 / 3},
         sample=True, name="worked example: worst case"),
    case(EX_TRUE, EX_PRED, EX_GROUPS, "mean",
         expected={**EX_RATES, "equalized_odds_difference": 0.375, "equalized_odds_ratio": 0.5},
         sample=True, name="worked example: agg='mean'"),
    case([1, 0, 1, 0], [1, 0, 1, 0], ["x", "x", "y", "y"],
         expected={"true_positive_rate": {"x": 1.0, "y": 1.0}, "false_positive_rate": {"x": 0.0, "y": 0.0},
                   "tpr_difference": 0.0, "fpr_difference": 0.0, "equalized_odds_difference": 0.0,
                   "equalized_odds_ratio": 1.0},
         sample=True, name="a perfect classifier: no FPR above 0, so only the TPR ratio counts"),
    case([], [], [], expected=EMPTY, name="empty input"),
    case([], [], [], "mean", expected=EMPTY, name="empty input, mean"),
    case([1], [0], ["solo"],
         expected={"true_positive_rate": {"solo": 0.0}, "false_positive_rate": {"solo": None},
                   "tpr_difference": 0.0, "fpr_difference": 0.0, "equalized_odds_difference": 0.0,
                   "equalized_odds_ratio": None},
         name="a single missed positive: every rate defined is 0, so no ratio"),
    case([0], [1], ["solo"],
         expected={"true_positive_rate": {"solo": None}, "false_positive_rate": {"solo": 1.0},
                   "tpr_difference": 0.0, "fpr_difference": 0.0, "equalized_odds_difference": 0.0,
                   "equalized_odds_ratio": 1.0},
         name="a single false alarm"),
    case([1, 1, 1, 1], [1, 0, 1, 1], ["m", "m", "f", "f"],
         expected={"true_positive_rate": {"m": 0.5, "f": 1.0}, "false_positive_rate": {"m": None, "f": None},
                   "tpr_difference": 0.5, "fpr_difference": 0.0, "equalized_odds_difference": 0.5,
                   "equalized_odds_ratio": 0.5},
         name="no negatives anywhere: FPR undefined everywhere, its gap 0.0"),
    case([1, 1, 1, 1], [1, 0, 1, 1], ["m", "m", "f", "f"], "mean",
         expected={"true_positive_rate": {"m": 0.5, "f": 1.0}, "false_positive_rate": {"m": None, "f": None},
                   "tpr_difference": 0.5, "fpr_difference": 0.0, "equalized_odds_difference": 0.25,
                   "equalized_odds_ratio": 0.5},
         name="mean: both gaps averaged (0.5 and 0.0); the single defined ratio alone"),
    case([1, 0, 1, 0, 1, 0], [1, 0, 0, 0, 0, 0], [1, 1, 2, 2, 3, 3], "mean",
         expected={"true_positive_rate": {1: 1.0, 2: 0.0, 3: 0.0}, "false_positive_rate": {1: 0.0, 2: 0.0, 3: 0.0},
                   "tpr_difference": 1.0, "fpr_difference": 0.0, "equalized_odds_difference": 0.5,
                   "equalized_odds_ratio": 0.0},
         name="every FPR is 0: its ratio is undefined, the TPR ratio 0.0 is defined"),
    case([1, 0, 0, 1, 1, 0, 0, 1, 1, 1], [1, 1, 0, 1, 0, 0, 0, 1, 1, 1], [0, 0, 0, 0, -1, -1, -1, 5, 5, 5],
         expected={"true_positive_rate": {0: 1.0, -1: 0.0, 5: 1.0}, "false_positive_rate": {0: 0.5, -1: 0.0, 5: None},
                   "tpr_difference": 1.0, "fpr_difference": 0.5, "equalized_odds_difference": 1.0,
                   "equalized_odds_ratio": 0.0},
         name="worst case takes the larger gap (TPR here); integer groups 0 and -1"),
    case([1, 1, 0, 0, 1, 1, 0, 0], [1, 1, 1, 1, 1, 0, 0, 0], ["p", "p", "p", "p", "q", "q", "q", "q"],
         expected={"true_positive_rate": {"p": 1.0, "q": 0.5}, "false_positive_rate": {"p": 1.0, "q": 0.0},
                   "tpr_difference": 0.5, "fpr_difference": 1.0, "equalized_odds_difference": 1.0,
                   "equalized_odds_ratio": 0.0},
         name="worst case takes the larger gap (FPR here)"),
    case([1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0], [1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0], ["u"] * 4 + ["v"] * 8,
         kwargs={"agg": "worst_case"},
         expected={"true_positive_rate": {"u": 1.0, "v": 0.75}, "false_positive_rate": {"u": 0.5, "v": 0.75},
                   "tpr_difference": 0.25, "fpr_difference": 0.25, "equalized_odds_difference": 0.25,
                   "equalized_odds_ratio": 2 / 3},
         name="the smaller ratio: TPR 0.75 and FPR 2/3"),
    case([True, False, True, False], [True, True, False, False], ["A", "A", "a", "a"], "mean",
         expected={"true_positive_rate": {"A": 1.0, "a": 0.0}, "false_positive_rate": {"A": 1.0, "a": 0.0},
                   "tpr_difference": 1.0, "fpr_difference": 1.0, "equalized_odds_difference": 1.0,
                   "equalized_odds_ratio": 0.0},
         name="boolean labels; group names are case-sensitive"),
    case(*_large(), time_limit=2.0, name="100,000 rows, 10,000 groups (one scan per group is too slow)"),
]


@generate(count=14, seed=3131)
def random_audits(rng):
    """Seeded audits graded against the definition above, not against solution.py."""
    n = rng.randint(1, 40)
    pool = rng.choice([["a", "b", "c"], [0, 1, 2, 3], ["north", "south"], [-1, 7]])
    groups = [rng.choice(pool) for _ in range(n)]
    base = rng.random()
    y_true = [int(rng.random() < base) for _ in range(n)]
    skill = rng.choice([0.5, 0.7, 0.9, 1.0])
    y_pred = [t if rng.random() < skill else 1 - t for t in y_true]
    if rng.random() < 0.3:
        y_true, y_pred = [bool(v) for v in y_true], [bool(v) for v in y_pred]
    agg = rng.choice(["worst_case", "mean"])
    return case(y_true, y_pred, groups, agg, check=matches_definition)
