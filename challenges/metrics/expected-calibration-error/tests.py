from fractions import Fraction

from drill import case, generate

COMPARE = {"name": "close", "abs_tol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

# Expected values agree with an ECE assembled from scikit-learn 1.9's calibration_curve (see
# crosscheck.py). The check below bins with the statement's rule (edges as np.linspace makes
# them, compared one by one) and sums in exact fractions.


def _edges(n_bins):
    # np.linspace(0, 1, n_bins + 1) computes edge i as i * (1 / n_bins), the last one set to 1.0
    step = 1.0 / n_bins
    return [i * step for i in range(n_bins)] + [1.0]


def by_definition(y_true, y_prob, n_bins):
    edges = _edges(n_bins)
    groups = {}
    for y, p in zip(y_true, y_prob):
        b = sum(1 for e in edges[1:-1] if e < p)  # inner edges strictly below p
        groups.setdefault(b, []).append((int(y), Fraction(p)))
    n = len(y_true)
    return float(sum(abs(sum(Fraction(y) for y, _ in g) - sum(p for _, p in g))
                     for g in groups.values()) / n)


def matches_definition(actual, expected, y_true, y_prob, n_bins=10):
    if type(actual) not in (float, int) or type(actual) is bool:
        return f"expected a float, got {type(actual).__name__} {actual!r}"
    want = by_definition(y_true, y_prob, n_bins)
    assert expected is None or abs(expected - want) <= 1e-12, (
        f"test data error: expected {expected!r}, the definition gives {want!r}")
    if not abs(actual - want) <= 1e-9:
        return f"expected {want!r}, got {actual!r}"
    return None


def ece(*args, **kw):
    return case(*args, check=matches_definition, **kw)


CASES = [
    ece([0, 1, 1, 0, 1], [0.1, 0.35, 0.8, 0.65, 0.9], 2, expected=0.18, sample=True,
        name="worked example, 2 bins"),
    ece([1, 0, 1, 1], [0.3, 0.3, 0.25, 0.9], expected=0.3125, sample=True,
        name="default 10 bins, 0.3 on an edge goes to (0.2, 0.3]"),
    ece([1, 0, 1, 0], [0.5, 0.5, 0.5, 0.5], expected=0.0, sample=True,
        name="perfectly calibrated coin"),
    ece([1], [0.75], expected=0.25, name="n = 1"),
    ece([0], [0.0], expected=0.0, name="n = 1, p = 0 falls in bin 0"),
    ece([1, 0], [0.0, 0.05], expected=0.475, name="n = 2, p = 0 shares bin 0 with (0, 0.1]"),
    ece([1, 1], [1.0, 1.0], expected=0.0, name="n = 2, p = 1 falls in the last bin"),
    ece([0, 1], [0.2, 0.7], 1, expected=0.05, name="n = 2, a single bin: |mean y - mean p|"),
    ece([1, 1, 1], [0.2, 0.5, 0.9], expected=(0.8 + 0.5 + 0.1) / 3,
        name="single class, all positive"),
    ece([0, 0, 0], [0.2, 0.5, 0.9], kwargs={"n_bins": 3}, expected=(0.2 + 0.5 + 0.9) / 3,
        name="single class, all negative"),
    ece([1, 0, 0, 1, 1, 0, 1], [0.7, 0.7, 0.1, 0.6, 0.65, 0.2, 0.3], expected=1.45 / 7,
        name="0.7 on an edge, default bins"),
    ece([1, 0, 1, 0, 1], [0.2, 0.4, 0.6, 0.8, 1.0], 5, name="every value on an edge, 5 bins"),
    ece([1, 0, 0, 1], [0.1, 0.3, 0.6, 0.9], 100, name="100 bins, most of them empty"),
    ece([True, False, True], [0.9, 0.2, 0.6], 4, name="bool labels"),
    ece([1, 0, 1], [5e-324, 1e-300, 1.0 - 2 ** -53], name="probabilities at the float limits"),
    ece([1, 0, 1, 0, 1, 0], [0.34, 0.35, 0.66, 0.34, 0.65, 0.1], 3,
        name="a pair in bins of a third (1/3 is not exact)"),
]


@generate(count=14, seed=59)
def random_forecasts(rng):
    n = rng.choice([1, 2, 3, rng.randint(4, 60)])
    n_bins = rng.choice([1, 2, 3, 5, 10, 15])
    rate = rng.choice([0.0, 0.4, 1.0])
    y_true = [int(rng.random() < rate) for _ in range(n)]
    y_prob = [rng.choice([round(rng.random(), 2), round(rng.randint(0, 10) / 10, 1)])
              for _ in range(n)]
    if rng.random() < 0.3:
        return ece(y_true, y_prob)
    return ece(y_true, y_prob, n_bins)


def _large(seed, n):
    import random

    r = random.Random(seed)
    y_prob = [r.random() for _ in range(n)]
    y_true = [int(r.random() < p ** 1.5) for p in y_prob]
    return y_true, y_prob


CASES.append(case(*_large(12, 200_000), 15, name="200,000 samples, 15 bins", time_limit=2.0))
