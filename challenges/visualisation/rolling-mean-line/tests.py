import math

import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng

# the lines (data, colour, label), the legend and the three texts; colours are fixed by the statement
COMPARE = {"name": "figure", "parts": ["title", "xlabel", "ylabel", "lines", "legend"], "colors": True}

NAN = math.nan


def _big_then_small():
    values = np.array([1e150, -1e150, 1.0, 2.0, 3.0, 4.0, 5.0])
    return values


CASES = [
    case([1.0, 2.0, 6.0, 4.0, 5.0], 3, sample=True, name="worked example: window 3"),
    case([4.0, 8.0, 6.0, 2.0], sample=True, name="the default window (3) and title"),
    case([1.0, NAN, 3.0, 5.0, 7.0, 9.0], 2, "Daily signups", sample=True,
         name="a missing reading: NaN only in the windows that contain it"),
    case([2.0, 4.0, 9.0], 1, name="window 1: the mean equals the series"),
    case([2.0, 4.0, 9.0], 3, name="window equal to the length: one point, at x = 2"),
    case([2.0, 4.0], 3, name="window longer than the series: an empty mean line, still in the legend"),
    case([], 2, name="an empty series: two empty lines"),
    case([7.5], 1, name="one value, window 1"),
    case([7.5], kwargs={"window": 2, "title": "One reading"}, name="one value, window 2: no mean points"),
    case([NAN, NAN, 1.0, 2.0, 3.0], 2, name="leading NaN: later full windows are finite"),
    case(_big_then_small(), 2,
         name="1e150 and -1e150 before small values: a running sum would lose the small ones"),
    case(np.array([-3.0, -1.0, -2.0, 10.0, 0.0, 0.5]), 4, name="a NumPy array with negative values"),
    case([1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0], 5, name="a constant series"),
    case(np.linspace(0.0, 1.0, 2_000) ** 2, 50, name="2,000 points, window 50"),
]


@generate(count=10, seed=1301)
def random_series(rng):
    g = numpy_rng(rng)
    n = rng.randint(0, 40)
    values = np.round(g.normal(10.0, 5.0, size=n), 2)
    if n and rng.random() < 0.4:
        values[g.random(n) < 0.15] = np.nan
    return case(values, rng.randint(1, 8))
