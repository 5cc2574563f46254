import math
import re
from fractions import Fraction

import numpy as np

from drill import case, generate
from drill.figures import axes, figure_problem, line_data, scatter_points, to_hex
from drill.testkit import numpy_rng

LABEL = re.compile(r"fit: slope (-?\d+\.\d\d), intercept (-?\d+\.\d\d)")


def _exact_fit(x, y):
    """Slope and intercept of the kept points in exact rational arithmetic (None if undefined)."""
    pairs = [(Fraction(a), Fraction(b)) for a, b in zip(x, y) if not (math.isnan(a) or math.isnan(b))]
    if len({a for a, _ in pairs}) < 2:
        return None, pairs
    n = len(pairs)
    xm = sum(a for a, _ in pairs) / n
    ym = sum(b for _, b in pairs) / n
    slope = sum((a - xm) * (b - ym) for a, b in pairs) / sum((a - xm) ** 2 for a, _ in pairs)
    return (slope, ym - slope * xm), pairs


def _rounds_to(text, value):
    """text is value rounded to 2 decimals, with a little slack at rounding boundaries (relative
    for large values: an intercept far from the data, at x = 0, is ill-conditioned)."""
    slack = 1e-6 * max(1.0, abs(float(value)))
    return abs(Fraction(text) - value) <= Fraction(0.005) + Fraction(slack)


def fit_drawn(actual, expected, x, y, title="Least-squares fit"):
    problem = figure_problem(actual, expected, parts=["title", "xlabel", "ylabel"])
    if problem:
        return problem
    ax = axes(actual)
    fit, pairs = _exact_fit([float(v) for v in x], [float(v) for v in y])
    if len(ax["collections"]) != 1:
        return f"expected exactly one scatter (collection), found {len(ax['collections'])}"
    points = scatter_points(ax)
    want = [[float(a), float(b)] for a, b in pairs]
    if len(points) != len(want):
        return f"the scatter has {len(points)} points, expected {len(want)} (pairs with NaN dropped)"
    for i, (p, w) in enumerate(zip(points, want)):
        if not all(math.isclose(u, v, rel_tol=1e-12, abs_tol=1e-12) for u, v in zip(p, w)):
            return f"scatter point {i}: {p}, expected {w} (kept points, in input order)"
    colors = ax["collections"][0]["facecolors"]
    if not colors or any(c != to_hex("tab:blue") for c in colors):
        return f"scatter colours {colors[:3]}, expected {to_hex('tab:blue')} (\"tab:blue\")"
    if fit is None:
        if ax["lines"]:
            return f"fewer than two distinct x values: no line is drawn, found {len(ax['lines'])}"
        legend = ax["legend"]
        return None if legend == ["data"] else f"the legend is {legend}, expected ['data']"
    if len(ax["lines"]) != 1:
        return f"expected exactly one line (the fit), found {len(ax['lines'])}"
    slope, intercept = fit
    lx, ly = line_data(ax)
    ends = [min(a for a, _ in pairs), max(a for a, _ in pairs)]
    if len(lx) != 2 or [Fraction(v) for v in lx] != ends:
        return f"the line's x data is {lx}, expected [min(x), max(x)] = {[float(e) for e in ends]}"
    ys = [b for _, b in pairs]
    tol = 1e-6 * float(max(ys) - min(ys)) + 1e-12 * float(max(abs(b) for b in ys))
    for i, e in enumerate(ends):
        true = slope * e + intercept
        if not abs(Fraction(ly[i]) - true) <= Fraction(tol):
            return (f"the line's y at x = {float(e)!r} is {ly[i]!r}, but the least-squares line "
                    f"gives {float(true)!r} there (tolerance {tol:.3g})")
    line = ax["lines"][0]
    if line["color"] != to_hex("tab:red"):
        return f"line colour {line['color']}, expected {to_hex('tab:red')} (\"tab:red\")"
    m = LABEL.fullmatch(line["label"] or "")
    if not m:
        return (f"the line's label is {line['label']!r}; expected the form "
                f"'fit: slope {float(slope):.2f}, intercept {float(intercept):.2f}'")
    if not (_rounds_to(m.group(1), slope) and _rounds_to(m.group(2), intercept)):
        return (f"the line's label is {line['label']!r}, but slope = {float(slope)!r} and "
                f"intercept = {float(intercept)!r}")
    if sorted(ax["legend"] or []) != sorted(["data", line["label"]]):
        return f"the legend is {ax['legend']}, expected 'data' and the line's label"
    return None


def fit(*args, **options):
    return case(*args, check=fit_drawn, **options)


NAN = math.nan


def _timestamps():
    g = np.random.default_rng(17)
    t = 1.7e9 + np.sort(g.uniform(0, 100, 40)).round(3)
    return t, 0.002 * (t - 1.7e9) + 20.0 + g.normal(0, 0.05, 40).round(4)


def _huge():
    g = np.random.default_rng(18)
    x = 1e12 + g.uniform(-1e6, 1e6, 30).round(0)
    return x, -2.5 * x + g.normal(0, 1e3, 30).round(1)


CASES = [
    fit([0, 1, 2, 3, NAN], [1.0, 3.0, 5.0, 7.5, 2.0], sample=True,
        name="worked example: the NaN pair is dropped"),
    fit([3.0, 1.0, 2.0], [-1.0, 5.0, 2.0], "Price vs demand", sample=True,
        name="a falling line, x not sorted"),
    fit([2.0, 2.0, 2.0], [1.0, 4.0, 3.0], sample=True, name="one distinct x: no line"),
    fit([0.0, 1.0], [5.0, 5.0], name="two points, a flat line: slope 0.00, intercept 5.00"),
    fit([1.0, 4.0], [2.0, 8.0], name="two points: the line through both, intercept 0.00"),
    fit([1.0, 1.0, 3.0, 3.0], [0.0, 2.0, 4.0, 6.0], name="repeated x values"),
    fit([NAN, 1.0, 2.0], [1.0, NAN, 3.0], name="NaN in x and in y: one point left, no line"),
    fit([], [], name="no points: an empty scatter, no line"),
    fit([5.0], [7.0], kwargs={"title": "One point"}, name="a single point"),
    fit([-4, -2, 0, 2, 4], [16, 4, 0, 4, 16], name="a symmetric parabola: slope 0"),
    fit(*_timestamps(), name="timestamps around 1.7e9 with a spread of 100 s: centre before fitting"),
    fit(*_huge(), name="x around 1e12 (the statement's largest magnitude)"),
    fit(np.arange(10.0), -0.001 * np.arange(10.0) - 1e-4, name="a slope that rounds to -0.00"),
    fit(np.array([1, 2, 3, 4, 5]), np.array([2, 4, 5, 4, 5]), name="integer arrays"),
]


@generate(count=10, seed=1303)
def random_cloud(rng):
    g = numpy_rng(rng)
    n = rng.randint(0, 30)
    x = np.round(g.uniform(-50, 50, n), 1)
    y = np.round(rng.uniform(-3, 3) * x + rng.uniform(-20, 20) + g.normal(0, 5, n), 2)
    if n and rng.random() < 0.4:
        y[g.random(n) < 0.2] = np.nan
    return fit(x, y)
