import math

import numpy as np

from drill import case, generate
from drill.figures import bar_colors, figure_problem, texts, to_hex
from drill.testkit import numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

# the size fixes the grid's rows and columns; ylim equal to the reference's on every subplot shows
# the shared y axis; xlim shows each histogram keeps its own x range (shared x would widen them)
PARTS = ["suptitle", "size", "title", "xlabel", "ylabel", "bars", "xlim", "ylim"]


def grid_drawn(actual, expected, columns, ncols=3, bins=10):
    problem = figure_problem(actual, expected, parts=PARTS)
    if problem:
        return problem
    blue = to_hex("tab:blue")
    for i, (ax, want) in enumerate(zip(actual["axes"], expected["axes"])):
        name = want["title"]
        if any(c != blue for c in bar_colors(ax)):
            return f"axes {i} ({name!r}): bar colours {sorted(set(bar_colors(ax)))}, expected {blue} (\"tab:blue\")"
        if ("no data" in texts(want)) != ("no data" in texts(ax)):
            should = "shows" if "no data" in texts(want) else "has values, so it does not show"
            return f"axes {i} ({name!r}) {should} the text 'no data'; its texts are {texts(ax)}"
    return None


def grid(*args, **options):
    return case(*args, check=grid_drawn, **options)


NAN = math.nan

EXAMPLE = {"age": [23, 35, 31, 52, 46, NAN],
           "income": [40.0, 52.5, 48.0, 61.0, 75.5, 58.0],
           "tenure": [1, 4, 2, 9, 7, 3],
           "score": [0.2, 0.9, 0.4, 0.4, 0.7, 0.5]}


def _frame(seed, k, n):
    g = np.random.default_rng(seed)
    scales = [1.0, 10.0, 1000.0, 0.01, 5.0, 50.0, 2.0]
    return {f"col{j}": list(np.round(g.normal(0, scales[j % 7], n), 3)) for j in range(k)}


CASES = [
    grid(EXAMPLE, 3, 2, sample=True, name="worked example: 4 columns in a 2 x 3 grid, 2 cells removed"),
    grid({"a": [1.0, 2.0, 2.0, 3.0, 9.0], "b": [0.5, 0.5, 0.6], "c": [-4.0, 4.0], "d": [10.0]},
         sample=True, name="the defaults: ncols 3 (4 columns: a 2 x 3 grid), 10 bins"),
    grid({"x": [1.0, NAN, 2.0], "empty": [NAN, NAN], "y": [5.0, 6.0, 6.0, 7.0]}, 2, 3, sample=True,
         name="an all-NaN column shows 'no data'"),
    grid({"only": [4.0, 1.0, 3.0]}, 1, 1, name="one column, one bin"),
    grid({"only": [2.5]}, 4, 5, name="one value: NumPy's bins span 2.0 to 3.0"),
    grid({"c": [7.0, 7.0, 7.0], "d": [1.0, 2.0]}, 2, 4, name="a constant column"),
    grid({}, 3, 10, name="no columns: no axes, just the title"),
    grid({"none": []}, 2, 3, name="an empty list: 'no data'"),
    grid(_frame(1, 6, 50), 3, 8, name="6 columns in 3 columns: a full 2 x 3 grid"),
    grid(_frame(2, 5, 40), 2, 6, name="5 columns in 2 columns: a 3 x 2 grid, one cell removed"),
    grid(_frame(3, 4, 30), 1, 5, name="ncols 1: a single column of subplots"),
    grid(_frame(4, 3, 30), 5, 4, name="ncols larger than the number of columns"),
    grid({"tiny": [1e-150, 3e-150, 2e-150, 5e-150], "huge": [-1e150, 1e150, 0.0, 5e149]}, 2, 4,
         name="magnitudes 1e-150 and 1e150"),
    grid({"skewed": list(np.arange(20.0) ** 3), "small": [0.1, 0.2]}, 2, 5,
         name="very different counts: the shared y axis is set by the tallest bar"),
]


@generate(count=8, seed=1304)
def random_table(rng):
    g = numpy_rng(rng)
    k = rng.randint(1, 7)
    columns = {}
    for j in range(k):
        v = np.round(g.normal(rng.uniform(-5, 5), rng.uniform(0.1, 10), rng.randint(0, 40)), 2)
        if v.size and rng.random() < 0.3:
            v[g.random(v.size) < 0.3] = np.nan
        columns[f"c{j}"] = list(v)
    return grid(columns, rng.randint(1, 4), rng.randint(1, 12))
