import numpy as np
import pandas as pd

from drill import case, generate

COMPARE = {"name": "series", "rtol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs
NAN = float("nan")


def frame(groups, values, **extra):
    if isinstance(values, list) and any(v is None for v in values):
        values = pd.Series(values, dtype="float64")
    return pd.DataFrame({"g": groups, "x": values, **extra})


def filled(values, index=None):
    return pd.Series(values, index=index, dtype="float64")


def _large():
    g = np.random.default_rng(8)
    n = 200_000
    keys = g.integers(0, 50_000, size=n)
    x = g.integers(0, 1000, size=n).astype("float64")
    x[g.random(n) < 0.3] = np.nan
    return pd.DataFrame({"shop": keys, "price": x})


CASES = [
    case(pd.DataFrame({"city": ["A", "A", "A", "B", "B", "C", None, "A"],
                       "price": [1.0, 3.0, None, 10.0, None, None, None, 100.0]}),
         "city", "price",
         expected=filled([1.0, 3.0, 3.0, 10.0, 10.0, 6.5, 6.5, 100.0]),
         sample=True, name="worked example: group median, all-missing group, missing city"),
    case(frame(["a", "b", "a", "b", "a", "b"], [1.0, 4.0, 2.0, None, None, 8.0]), "g", "x",
         expected=filled([1.0, 4.0, 2.0, 6.0, 1.5, 8.0]),
         sample=True, name="an even number of values: the mean of the two middle ones"),
    case(pd.DataFrame({"g": ["p", "q"], "x": [5, 7]}, index=[30, 10]), "g", "x",
         expected=filled([5.0, 7.0], index=[30, 10]),
         sample=True, name="int64 column with nothing missing: float64 out, index kept"),
    case(pd.DataFrame({"g": pd.Series([], dtype="str"), "x": pd.Series([], dtype="float64")}),
         "g", "x", expected=filled([]), name="empty frame"),
    case(frame(["a"], [None]), "g", "x", expected=filled([NAN]),
         name="a single missing value and nothing to take a median of"),
    case(frame(["a", "b", "b"], [None, None, None]), "g", "x", expected=filled([NAN, NAN, NAN]),
         name="whole column missing: stays NaN"),
    case(frame(["a", "a", "a", "b", "b", "c"], [1.0, 2.0, 3.0, 100.0, 200.0, None]), "g", "x",
         expected=filled([1.0, 2.0, 3.0, 100.0, 200.0, 3.0]),
         name="overall median from the original values (not a median of medians)"),
    case(frame(["a", "a", "b", "b", "b", "z"], [0.0, None, 1.0, 2.0, 300.0, None]), "g", "x",
         expected=filled([0.0, 0.0, 1.0, 2.0, 300.0, 1.5]),
         name="overall median taken before the group fill (filled values would shift it)"),
    case(frame([None, None, "k", "k"], [4.0, None, 1.0, None]), "g", "x",
         expected=filled([4.0, 2.5, 1.0, 1.0]),
         name="rows without a group get the overall median, not the median of the missing-key rows"),
    case(pd.DataFrame({"g": ["u", "u", "v", "v"], "x": pd.array([1, 2, None, 5], dtype="Int64")}),
         "g", "x", expected=filled([1.0, 2.0, 5.0, 5.0]), name="nullable Int64 column"),
    case(pd.DataFrame({"g": ["u", "u", "u", "w"], "x": pd.array([1, 2, None, None], dtype="Int64")}),
         "g", "x", expected=filled([1.0, 2.0, 1.5, 1.5]),
         name="nullable Int64 column whose medians are not whole numbers"),
    case(pd.DataFrame({"g": pd.array([3, 3, None, -1, -1], dtype="Int64"),
                       "x": [-2.0, None, None, 0.0, None]}),
         "g", "x", expected=filled([-2.0, -2.0, -1.0, 0.0, 0.0]),
         name="nullable Int64 group keys with <NA>; negative and zero values"),
    case(frame(["a", "A", "a", "A"], [1.0, 9.0, None, None]), "g", "x",
         expected=filled([1.0, 9.0, 1.0, 9.0]), name="group keys are case-sensitive"),
    case(pd.DataFrame({"g": pd.Series(["m", None, "m"], dtype=object, index=["r1", "r2", "r3"]),
                       "x": [None, 6.0, 2.0]}, index=["r1", "r2", "r3"]),
         "g", "x", expected=filled([2.0, 6.0, 2.0], index=["r1", "r2", "r3"]),
         name="object group column with None; string index kept"),
    case(_large(), "shop", "price", time_limit=2.0,
         name="200,000 rows, 50,000 groups (a loop over groups is too slow)"),
]


@generate(count=8, seed=41)
def random_frames(rng):
    n = rng.randint(1, 50)
    keys = [None if rng.random() < 0.1 else rng.choice("abcdef"[: rng.randint(1, 6)]) for _ in range(n)]
    vals = [None if rng.random() < 0.35 else rng.randint(-20, 20) / 2 for _ in range(n)]
    return case(frame(keys, vals), "g", "x")
