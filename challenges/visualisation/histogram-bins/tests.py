import math

from drill import case, generate
from drill.figures import axes, bar_heights, figure_problem

# the statement fixes the size, the title and labels, every bar's geometry and its colours
PARTS = ["size", "title", "xlabel", "ylabel", "bars"]
COMPARE = {"name": "figure", "parts": PARTS, "colors": True}

NAN = math.nan


def densities_integrate_to_one(actual, expected, values, edges, title, xlabel, ylabel="count",
                               density=False):
    problem = figure_problem(actual, expected, parts=PARTS, colors=True)
    if problem:
        return problem
    area = sum(b["height"] * b["width"] for b in axes(actual)["bars"])
    assert math.isclose(area, 1.0, rel_tol=1e-9), f"the bars' areas add up to {area!r}, not 1"


def counts_add_up(actual, expected, values, edges, title, xlabel, ylabel="count", density=False):
    problem = figure_problem(actual, expected, parts=PARTS, colors=True)
    if problem:
        return problem
    inside = sum(1 for v in values if not math.isnan(v) and edges[0] <= v <= edges[-1])
    total = sum(bar_heights(axes(actual)))
    assert total == inside, f"the bars count {total} values; {inside} are inside the edges"


CASES = [
    case([1, 2, 2, 3, 3, 3, 7], [0, 2, 4, 8], "Scores", "score", sample=True,
         name="worked example"),
    case([1, 2, 2, 3, 3, 3, 7], [0, 2, 4, 8], "Scores", "score", "share", True,
         check=densities_integrate_to_one, sample=True, name="density"),
    case([0.5, NAN, 10, -3, 4, 4], [0, 1, 4], "Delays", "minutes", "trips",
         check=counts_add_up, sample=True, name="NaN, out of range, and the last edge"),
    case([5, 5, 5], [0, 10], "One bin", "x", name="a single bin (two edges)"),
    case([], [0, 1, 2], "Nothing yet", "x", name="no values"),
    case([], [0, 1, 2], "Nothing yet", "x", kwargs={"density": True}, name="density of no values is 0"),
    case([-5, 12, NAN], [0, 1, 2], "Out of range", "x", "n", True,
         name="density when no value is inside"),
    case([0, 1, 2, 3], [0, 1, 2, 3], "Edges", "x", check=counts_add_up,
         name="values on every edge"),
    case([3], [3, 4], "n = 1", "x", name="one value on the first edge"),
    case([4], [3, 4], "n = 1", "x", name="one value on the last edge"),
    case([-2.5, -2.5, -1, 0.25], [-3, -2, 0, 0.5], "Negative", "t", "freq", True,
         check=densities_integrate_to_one, name="uneven widths, negative values, density"),
    case([1e9, -1e9, 0, 5e8], [-1e9, 0, 1e9], "Large", "x", True,
         name="magnitudes at the statement's bound"),
    case([1e-9, 2e-9, 3e-9], [0, 1.5e-9, 3e-9], "Small", "x", kwargs={"density": True},
         check=densities_integrate_to_one, name="tiny bins"),
    case([0.1, 0.2, 0.3], [0, 0.1, 0.2, 0.3], "Floats", "x", "count",
         name="float values on float edges"),
]


@generate(count=6, seed=13)
def random_histograms(rng):
    k = rng.randint(1, 8)
    edges = sorted(rng.sample(range(-50, 51), k + 1))
    values = [rng.choice([rng.uniform(-60, 60), rng.randint(-55, 55), NAN])
              for _ in range(rng.randint(0, 40))]
    return case(values, edges, f"Sample {k}", "value", kwargs={"density": rng.random() < 0.5})
