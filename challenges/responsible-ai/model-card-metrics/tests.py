from fractions import Fraction

from drill import case, generate

COMPARE = {"name": "close", "abs_tol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

RATES = ("accuracy", "precision", "recall", "f1")


def by_definition(y_true, y_pred, groups, min_count=1):
    """The statement written out with a scan per group (independent of solution.py)."""

    def row(name, idx):
        n = len(idx)
        tp = sum(1 for i in idx if y_true[i] == 1 and y_pred[i] == 1)
        fp = sum(1 for i in idx if y_true[i] != 1 and y_pred[i] == 1)
        fn = sum(1 for i in idx if y_true[i] == 1 and y_pred[i] != 1)
        tn = n - tp - fp - fn
        if n < min_count:
            return {"group": name, "n": n, "tp": None, "fp": None, "fn": None, "tn": None,
                    **dict.fromkeys(RATES), "suppressed": True}

        def q(a, b):
            return float(Fraction(a, b)) if b else None

        return {"group": name, "n": n, "tp": tp, "fp": fp, "fn": fn, "tn": tn,
                "accuracy": q(tp + tn, n), "precision": q(tp, tp + fp), "recall": q(tp, tp + fn),
                "f1": q(2 * tp, 2 * tp + fp + fn), "suppressed": False}

    return {
        "overall": row(None, list(range(len(groups)))),
        "by_group": [row(g, [i for i, h in enumerate(groups) if h == g]) for g in sorted(set(groups))],
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
    if isinstance(want, list):
        if type(got) is not list or len(got) != len(want):
            return f"{where}: expected a list of {len(want)} rows, got {got!r}"
        for i, (w, a) in enumerate(zip(want, got)):
            diff = _problem(w, a, f"{where}[{i}]")
            if diff:
                return diff
        return None
    if want is None or isinstance(want, (bool, str)) or type(want) is int:
        ok = got == want and type(got) is type(want)
        return None if ok else f"{where}: expected {want!r}, got {got!r}"
    if type(got) not in (int, float) or not abs(got - want) <= 1e-9:
        return f"{where}: expected {want!r}, got {got!r} (tolerance: absolute 1e-9)"
    return None


def matches_definition(actual, expected, y_true, y_pred, groups, min_count=1):
    return _problem(by_definition(y_true, y_pred, groups, min_count), actual, "result")


def _row(group, n, tp, fp, fn, tn, accuracy, precision, recall, f1, suppressed=False):
    return {"group": group, "n": n, "tp": tp, "fp": fp, "fn": fn, "tn": tn, "accuracy": accuracy,
            "precision": precision, "recall": recall, "f1": f1, "suppressed": suppressed}


def _hidden(group, n):
    return _row(group, n, None, None, None, None, None, None, None, None, True)


def _large():
    import random

    r = random.Random(8)
    n, g = 100_000, 10_000
    groups = [r.randrange(g) for _ in range(n)]
    y_true = [int(r.random() < 0.3) for _ in range(n)]
    y_pred = [t if r.random() < 0.85 else 1 - t for t in y_true]
    return y_true, y_pred, groups


EX = ([1, 0, 1, 1, 0, 0, 1, 0, 1], [1, 0, 0, 1, 1, 0, 1, 0, 0], ["a", "a", "a", "a", "b", "b", "c", "c", "d"])
EX_OVERALL = _row(None, 9, 3, 1, 2, 3, 6 / 9, 0.75, 0.6, 6 / 9)
EX_A = _row("a", 4, 2, 0, 1, 1, 0.75, 1.0, 2 / 3, 0.8)
EX_B = _row("b", 2, 0, 1, 0, 1, 0.5, 0.0, None, 0.0)
EX_C = _row("c", 2, 1, 0, 0, 1, 1.0, 1.0, 1.0, 1.0)

CASES = [
    case(*EX, 2, expected={"overall": EX_OVERALL, "by_group": [EX_A, EX_B, EX_C, _hidden("d", 1)]},
         sample=True, name="worked example: min_count=2 hides group d"),
    case(*EX, expected={"overall": EX_OVERALL,
                        "by_group": [EX_A, EX_B, EX_C, _row("d", 1, 0, 0, 1, 0, 0.0, None, 0.0, 0.0)]},
         sample=True, name="default min_count=1 shows every group"),
    case([0, 0, 0], [0, 0, 0], ["x", "x", "y"],
         expected={"overall": _row(None, 3, 0, 0, 0, 3, 1.0, None, None, None),
                   "by_group": [_row("x", 2, 0, 0, 0, 2, 1.0, None, None, None),
                                _row("y", 1, 0, 0, 0, 1, 1.0, None, None, None)]},
         sample=True, name="no positives at all: precision, recall and F1 are undefined, not 0"),
    case([], [], [], expected={"overall": _hidden(None, 0), "by_group": []},
         name="empty input: the overall row has n 0 and is suppressed (0 < 1)"),
    case([], [], [], 0, expected={"overall": _row(None, 0, 0, 0, 0, 0, None, None, None, None), "by_group": []},
         name="empty input with min_count=0: counts 0, every rate undefined"),
    case([1], [1], ["solo"],
         expected={"overall": _row(None, 1, 1, 0, 0, 0, 1.0, 1.0, 1.0, 1.0),
                   "by_group": [_row("solo", 1, 1, 0, 0, 0, 1.0, 1.0, 1.0, 1.0)]},
         name="a single correct positive"),
    case([0, 1, 0, 1], [1, 0, 1, 0], [10, 9, -1, 10],
         expected={"overall": _row(None, 4, 0, 2, 2, 0, 0.0, 0.0, 0.0, 0.0),
                   "by_group": [_row(-1, 1, 0, 1, 0, 0, 0.0, 0.0, None, 0.0),
                                _row(9, 1, 0, 0, 1, 0, 0.0, None, 0.0, 0.0),
                                _row(10, 2, 0, 1, 1, 0, 0.0, 0.0, 0.0, 0.0)]},
         name="integer groups sort as numbers (-1, 9, 10); all wrong: rates 0.0 where defined"),
    case([1, 1, 0, 0, 1], [1, 0, 0, 1, 1], ["g", "g", "h", "h", "h"], 3,
         expected={"overall": _row(None, 5, 2, 1, 1, 1, 0.6, 2 / 3, 2 / 3, 2 / 3),
                   "by_group": [_hidden("g", 2), _row("h", 3, 1, 1, 0, 1, 2 / 3, 0.5, 1.0, 2 / 3)]},
         name="n equal to min_count is shown, one below is suppressed"),
    case([1, 0, 1], [1, 1, 0], ["p", "q", "r"], 5,
         expected={"overall": _hidden(None, 3), "by_group": [_hidden("p", 1), _hidden("q", 1), _hidden("r", 1)]},
         name="min_count above the total: the overall row is suppressed too"),
    case([True, False, True, False], [True, True, False, False], ["B", "a", "B", "a"], check=matches_definition,
         name="boolean labels; 'B' sorts before 'a'"),
    case([1, 1, 1, 0, 0, 1, 0], [1, 1, 0, 0, 1, 1, 1], ["m", "f", "m", "f", "m", "f", "x"],
         check=matches_definition, name="F1 is 2TP / (2TP + FP + FN)"),
    case(*_large(), 20, time_limit=2.0,
         name="100,000 rows, 10,000 groups (one scan per group is too slow)"),
]



@generate(count=14, seed=5150)
def random_cards(rng):
    """Seeded predictions graded against the definition above, not against solution.py."""
    n = rng.choice([1, 2, 3, rng.randint(4, 40)])
    pool = rng.choice([["a", "b", "c"], [0, 1, 2, 3], ["north", "south"], [-1, 7]])
    groups = [rng.choice(pool) for _ in range(n)]
    base = rng.random()
    y_true = [int(rng.random() < base) for _ in range(n)]
    y_pred = [t if rng.random() < rng.choice([0.5, 0.8, 1.0]) else 1 - t for t in y_true]
    if rng.random() < 0.5:
        return case(y_true, y_pred, groups, check=matches_definition)
    return case(y_true, y_pred, groups, rng.choice([0, 2, 3, 5]), check=matches_definition)
