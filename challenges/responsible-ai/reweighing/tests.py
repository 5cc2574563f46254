from fractions import Fraction

from drill import case, generate

# Weights are positive and span many magnitudes: compare relatively.
COMPARE = {"name": "close", "rel_tol": 1e-9, "abs_tol": 0.0}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def by_definition(groups, labels, sample_weight=None):
    """P(g) P(y) / P(g, y) in exact fractions, scanning the rows per cell (independent)."""
    w = [Fraction(1)] * len(groups) if sample_weight is None else [Fraction(x) for x in sample_weight]
    n = sum(w)
    table = {}
    for g in dict.fromkeys(groups):
        for y in dict.fromkeys(labels):
            cell = sum(wi for gi, yi, wi in zip(groups, labels, w) if gi == g and yi == y)
            if cell:
                n_g = sum(wi for gi, wi in zip(groups, w) if gi == g)
                n_y = sum(wi for yi, wi in zip(labels, w) if yi == y)
                table.setdefault(g, {})[y] = n_g * n_y / (n * cell)
    weights = [float(wi * table[g][y]) for g, y, wi in zip(groups, labels, w)]
    return {"weights": weights, "table": {g: {y: float(v) for y, v in row.items()} for g, row in table.items()}}


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
            return f"{where}: expected a list of {len(want)} floats, got {got!r}"
        for i, (w, a) in enumerate(zip(want, got)):
            diff = _problem(w, a, f"{where}[{i}]")
            if diff:
                return diff
        return None
    if type(got) is not float or not abs(got - want) <= 1e-9 * abs(want):
        return f"{where}: expected {want!r}, got {got!r} (relative tolerance 1e-9)"
    return None


def matches_definition(actual, expected, groups, labels, sample_weight=None):
    problem = _problem(by_definition(groups, labels, sample_weight), actual, "result")
    if problem:
        return problem
    # and the point of it all: when every (group, label) cell has rows, the reweighed data has
    # the same label distribution in every group
    if len(set(zip(groups, labels))) < len(set(groups)) * len(set(labels)):
        return None
    new = actual["weights"]
    total = sum(new)
    for g in set(groups):
        in_g = sum(v for v, gi in zip(new, groups) if gi == g)
        for y in set(labels):
            joint = sum(v for v, gi, yi in zip(new, groups, labels) if gi == g and yi == y)
            p_y = sum(v for v, yi in zip(new, labels) if yi == y) / total
            if not abs(joint / in_g - p_y) <= 1e-9:
                return f"after reweighing, P(label={y!r} | group={g!r}) is {joint / in_g}, not P(label) = {p_y}"
    return None


def _large():
    import random

    r = random.Random(12)
    n = 100_000
    groups = [r.choice(["a", "b", "c", "d"]) for _ in range(n)]
    labels = [int(r.random() < {"a": 0.2, "b": 0.5, "c": 0.7, "d": 0.9}[g]) for g in groups]
    return groups, labels


EX_GROUPS = ["m", "m", "m", "m", "f", "f", "f", "f", "f", "f"]
EX_LABELS = [1, 1, 1, 0, 1, 0, 0, 0, 0, 0]

CASES = [
    case(EX_GROUPS, EX_LABELS,
         expected={"weights": [0.4 * 0.4 / 0.3] * 3 + [2.4, 2.4] + [0.72] * 5,
                   "table": {"m": {1: 0.4 * 0.4 / 0.3, 0: 2.4}, "f": {1: 2.4, 0: 0.72}}},
         sample=True, name="worked example: the rare cells (m, 0) and (f, 1) get weight 2.4"),
    case(["a", "a", "b", "b"], [1, 0, 1, 0],
         expected={"weights": [1.0, 1.0, 1.0, 1.0], "table": {"a": {1: 1.0, 0: 1.0}, "b": {1: 1.0, 0: 1.0}}},
         sample=True, name="label already independent of group: every weight is 1"),
    case(["a", "a", "b"], [1, 0, 0], [2.0, 1.0, 1.0],
         expected={"weights": [1.5, 1.5, 0.5], "table": {"a": {1: 0.75, 0: 1.5}, "b": {0: 0.5}}},
         sample=True, name="sample weights count as that many rows and multiply the result"),
    case([], [], expected={"weights": [], "table": {}}, name="empty input"),
    case(["x"], [0], expected={"weights": [1.0], "table": {"x": {0: 1.0}}}, name="a single row"),
    case(["x"], [1], [3.5], expected={"weights": [3.5], "table": {"x": {1: 1.0}}},
         name="a single weighted row keeps its weight"),
    case(["g", "g", "g"], [1, 0, 0], expected={"weights": [1.0, 1.0, 1.0], "table": {"g": {1: 1.0, 0: 1.0}}},
         name="one group: nothing to rebalance"),
    case(["a", "b", "b"], [1, 1, 1], expected={"weights": [1.0, 1.0, 1.0], "table": {"a": {1: 1.0}, "b": {1: 1.0}}},
         name="one label: nothing to rebalance"),
    case(["a", "b", "a", "b", "a"], [1, 0, 1, 0, 0], check=matches_definition,
         name="group b has no positive: no (b, 1) entry in the table"),
    case([0, 0, -1, -1, -1, 0], ["low", "high", "mid", "low", "low", "mid"], check=matches_definition,
         name="three string labels, integer groups 0 and -1"),
    case(["p", "q", "q", "p"], [True, False, True, True], check=matches_definition, name="boolean labels"),
    case(["a", "b", "a", "a"], [1, 0, 0, 1], [1, 2, 3, 4], check=matches_definition,
         name="integer sample weights: the weights come back as floats"),
    case(["a", "b", "a"], [1, 0, 0], [1e200, 1e200, 3e200],
         expected={"weights": [8e199, 8e199, 3.2e200], "table": {"a": {1: 0.8, 0: 16 / 15}, "b": {0: 0.8}}},
         name="sample weights near 1e200: n_g * n_y overflows, (n_g / n) * (n_y / n_gy) does not"),
    case(["a", "b", "a"], [1, 0, 0], [1e-200, 1e-200, 3e-200],
         expected={"weights": [8e-201, 8e-201, 3.2e-200], "table": {"a": {1: 0.8, 0: 16 / 15}, "b": {0: 0.8}}},
         name="sample weights near 1e-200: n_g * n_y underflows to 0"),
    case(["A", "a", "A", "a"], [1, 1, 0, 0], [1.0, 1.0, 1.0, 1.0], check=matches_definition,
         name="explicit unit weights equal the default; group names are case-sensitive"),
    case(*_large(), check=matches_definition, time_limit=3.0, name="100,000 rows, four groups"),
]


@generate(count=14, seed=1984)
def random_training_sets(rng):
    """Seeded data graded against the fractions above and the independence property."""
    n = rng.choice([1, 2, 3, rng.randint(4, 40)])
    pool = rng.choice([["a", "b", "c"], [0, 1, 2, 3], ["north", "south"], [-1, 7]])
    groups = [rng.choice(pool) for _ in range(n)]
    bias = {g: rng.random() for g in pool}
    labels = [int(rng.random() < bias[g]) for g in groups]
    if rng.random() < 0.3:
        labels = [rng.choice(["no", "maybe", "yes"]) for _ in labels]
    if rng.random() < 0.5:
        return case(groups, labels, check=matches_definition)
    weights = [rng.choice([0.5, 1.0, 2.0, 3.25, rng.uniform(0.01, 10)]) for _ in range(n)]
    return case(groups, labels, weights, check=matches_definition)
