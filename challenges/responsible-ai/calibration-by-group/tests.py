import math

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "close", "abs_tol": 1e-9}

NAN = float("nan")


def by_definition(y_true, y_prob, groups, n_bins=10):
    """The statement with plain loops: bin i holds edges[i] < p <= edges[i + 1] (p = 0 in bin 0)."""
    import numpy as np

    edges = np.linspace(0.0, 1.0, n_bins + 1).tolist()
    cells = {}
    for t, p, g in zip(list(y_true), [float(v) for v in y_prob], list(groups)):
        g = g.item() if hasattr(g, "item") else g
        cells.setdefault(g, {})
        if math.isnan(p):
            continue
        i = next(i for i in range(n_bins) if p <= edges[i + 1] or i == n_bins - 1)
        cells[g].setdefault(i, []).append((float(t), p))
    out = {}
    for g, bins in cells.items():
        used = sorted(bins)
        n = sum(len(bins[i]) for i in used)
        pred = [math.fsum(p for _, p in bins[i]) / len(bins[i]) for i in used]
        true = [math.fsum(t for t, _ in bins[i]) / len(bins[i]) for i in used]
        ece = math.fsum(len(bins[i]) / n * abs(tr - pr) for i, tr, pr in zip(used, true, pred)) if n else None
        out[g] = {"n": n, "bins": used, "count": [len(bins[i]) for i in used],
                  "prob_pred": pred, "prob_true": true, "ece": ece}
    eces = [v["ece"] for v in out.values() if v["ece"] is not None]
    return {"groups": out, "ece_gap": max(eces) - min(eces) if eces else 0.0}


def _problem(want, got, where):
    if isinstance(want, dict):
        if type(got) is not dict or set(got) != set(want):
            return f"{where}: expected a dict with keys {sorted(want, key=repr)}, got {got!r}"
        for k, v in want.items():
            diff = _problem(v, got[k], f"{where}[{k!r}]")
            if diff:
                return diff
        return None
    if isinstance(want, list):
        if type(got) is not list or len(got) != len(want):
            return f"{where}: expected a list of {len(want)}, got {got!r}"
        for i, (w, a) in enumerate(zip(want, got)):
            diff = _problem(w, a, f"{where}[{i}]")
            if diff:
                return diff
        return None
    if want is None:
        return None if got is None else f"{where}: expected None, got {got!r}"
    if type(got) not in (int, float) or not abs(got - want) <= 1e-9:
        return f"{where}: expected {want!r}, got {got!r} (tolerance: absolute 1e-9)"
    return None


def matches_definition(actual, expected, y_true, y_prob, groups, n_bins=10):
    return _problem(by_definition(y_true, y_prob, groups, n_bins), actual, "result")


def _large():
    import numpy as np

    rng = np.random.default_rng(5)
    n = 100_000
    groups = rng.integers(0, 1000, n)
    y_prob = rng.random(n)
    y_true = (rng.random(n) < y_prob ** (1 + (groups % 3))).astype(int)
    return y_true, y_prob, groups


def _group(n, bins, count, pred, true, ece):
    return {"n": n, "bins": bins, "count": count, "prob_pred": pred, "prob_true": true, "ece": ece}


EXAMPLE = (
    [1, 1, 0, 1, 1, 1, 0, 0, 0],
    [0.9, 0.8, 0.3, 0.25, 0.6, 0.9, 0.7, 0.2, 0.1],
    ["a"] * 5 + ["b"] * 4,
)

CASES = [
    case(*EXAMPLE, 4,
         expected={"groups": {"a": _group(5, [0, 1, 2, 3], [1, 1, 1, 2], [0.25, 0.3, 0.6, 0.85],
                                          [1.0, 0.0, 1.0, 1.0], 0.35),
                              "b": _group(4, [0, 2, 3], [2, 1, 1], [0.15, 0.7, 0.9], [0.0, 0.0, 1.0], 0.275)},
                   "ece_gap": 0.075},
         sample=True, name="worked example, 4 bins: 0.25 sits on an edge and falls in bin 0"),
    case([0, 1, 1, 0], [0.3, 0.3, 0.35, 0.0], ["x", "x", "x", "y"],
         expected={"groups": {"x": _group(3, [2, 3], [2, 1], [0.3, 0.35], [0.5, 1.0], (2 * 0.2 + 0.65) / 3),
                              "y": _group(1, [0], [1], [0.0], [0.0], 0.0)},
                   "ece_gap": 0.35},
         sample=True, name="default 10 bins: 0.3 belongs to (0.2, 0.3], 0.35 to (0.3, 0.4]"),
    case([1, 0, 1, 0], [NAN, 0.5, NAN, NAN], ["p", "p", "q", "q"],
         expected={"groups": {"p": _group(1, [4], [1], [0.5], [0.0], 0.5),
                              "q": _group(0, [], [], [], [], None)}, "ece_gap": 0.0},
         sample=True, name="NaN probabilities are left out; a group with none left has ece None"),
    case([], [], [], expected={"groups": {}, "ece_gap": 0.0}, name="empty input"),
    case([1], [0.42], ["only"],
         expected={"groups": {"only": _group(1, [4], [1], [0.42], [1.0], 0.58)}, "ece_gap": 0.0},
         name="a single row"),
    case([1, 0, 0, 1, 1], [0.9, 0.1, 0.5, 0.5, 0.7], ["a", "a", "b", "b", "b"], 1,
         expected={"groups": {"a": _group(2, [0], [2], [0.5], [0.5], 0.0),
                              "b": _group(3, [0], [3], [0.5666666666666667], [2 / 3], 0.1)},
                   "ece_gap": 0.1},
         name="n_bins=1: ECE is |mean probability - positive rate|"),
    case([1, 1, 0, 0, 1, 0], [1.0, 1.0, 0.0, 0.0, 0.0, 1.0], [0, 0, 0, 0, -1, -1],
         expected={"groups": {0: _group(4, [0, 9], [2, 2], [0.0, 1.0], [0.0, 1.0], 0.0),
                              -1: _group(2, [0, 9], [1, 1], [0.0, 1.0], [1.0, 0.0], 1.0)},
                   "ece_gap": 1.0},
         name="probabilities 0 and 1 in the end bins; integer groups 0 and -1; ECE 0 and 1"),
    case([0, 1, 0, 1, 0, 1, 0, 1, 0], [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9], ["e"] * 9,
         check=matches_definition, name="every inner edge of 10 bins: each value closes its bin"),
    case([1, 0, 1], [1 / 3, 2 / 3, 0.5], ["t", "t", "t"], 3,
         check=matches_definition, name="n_bins=3: edges from np.linspace(0, 1, 4)"),
    case([0, 1, 0, 1], [1e-300, 1 - 1e-16, 5e-324, 0.9999999999999999], ["s", "s", "s", "s"], 7,
         check=matches_definition, name="probabilities next to 0 and 1"),
    case([0, 1, 1], [NAN, NAN, NAN], ["a", "b", "a"],
         expected={"groups": {"a": _group(0, [], [], [], [], None), "b": _group(0, [], [], [], [], None)},
                   "ece_gap": 0.0},
         name="all probabilities NaN"),
    case([True, False, True, True], [0.81, 0.19, 0.55, 0.95], ["M", "M", "m", "m"], 5,
         check=matches_definition, name="boolean labels; group names are case-sensitive"),
    case([1, 0] * 3, [0.05, 0.05, 0.15, 0.15, 0.95, 0.95], ["solo"] * 6, 1000,
         check=matches_definition, name="1000 bins, most of them empty"),
    case(*_large(), 15, check=matches_definition, time_limit=3.0,
         name="100,000 rows, 1000 groups (one mask per group and bin is too slow)"),
]


@generate(count=14, seed=2718)
def random_scores(rng):
    """Seeded scores graded against the loops above, not against solution.py."""
    import numpy as np

    gen = numpy_rng(rng)
    n = rng.choice([1, 2, 3, rng.randint(4, 60)])
    pool = rng.choice([["a", "b", "c"], [0, 1, 2, 3], ["north", "south"], [-1, 7]])
    groups = [rng.choice(pool) for _ in range(n)]
    n_bins = rng.choice([1, 2, 3, 5, 10, 10, 20])
    probs = gen.random(n)
    if rng.random() < 0.5:  # snap to bin edges and the ends
        probs = np.round(probs * n_bins) / n_bins
    probs = probs.tolist()
    if rng.random() < 0.3:
        probs = [NAN if rng.random() < 0.3 else p for p in probs]
    y_true = [int(rng.random() < (0.5 if math.isnan(p) else p)) for p in probs]
    if rng.random() < 0.5:
        return case(y_true, probs, groups, n_bins, check=matches_definition)
    return case(y_true, probs, groups, check=matches_definition)
