import numpy as np
import pandas as pd

from drill import case, generate

COMPARE = {"name": "frame"}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs
NAN = float("nan")


def sales(categories, products, revenues, **extra):
    frame = pd.DataFrame({"category": pd.Series(categories, dtype="str"),
                          "product": pd.Series(products, dtype="str"),
                          "revenue": pd.Series(revenues, dtype="float64")})
    for name, values in extra.items():
        frame[name] = values
    return frame


def top(categories, products, revenues, ranks, **extra):
    return sales(categories, products, revenues, **extra).assign(rank=pd.Series(ranks, dtype="int64"))


def _large():
    g = np.random.default_rng(21)
    m, cats = 200_000, 5_000
    return sales([f"c{i:05d}" for i in g.integers(0, cats, m)],
                 [f"p{i:07d}" for i in range(m)], g.integers(0, 50, m).astype("float64"))


EXAMPLE = sales(["toys", "books", "toys", "books", "toys", "toys", "books"],
                ["yo-yo", "atlas", "kite", "zine", "ball", "drum", "novel"],
                [120.0, 80.0, 300.0, 80.0, 120.0, None, 95.0])

FOUR = sales(["a", "a", "a", "a"], ["w", "x", "y", "z"], [1.0, 4.0, 3.0, 2.0])

CASES = [
    case(EXAMPLE, 2,
         expected=top(["books", "books", "toys", "toys"], ["novel", "atlas", "kite", "ball"],
                      [95.0, 80.0, 300.0, 120.0], [1, 2, 1, 2]),
         sample=True, name="worked example: ties broken alphabetically"),
    case(FOUR, expected=top(["a"] * 3, ["x", "y", "z"], [4.0, 3.0, 2.0], [1, 2, 3]),
         sample=True, name="the default n=3"),
    case(sales(["b", "a", "b"], ["p", "q", "r"], [5.0, 1.0, None]), 5,
         expected=top(["a", "b"], ["q", "p"], [1.0, 5.0], [1, 1]),
         sample=True, name="fewer products than n; a missing revenue is never shown"),
    case(FOUR, 1, expected=top(["a"], ["x"], [4.0], [1]), name="n=1: only the best"),
    case(sales(["k"] * 4, ["d", "b", "c", "a"], [7.0] * 4), 3,
         expected=top(["k"] * 3, ["a", "b", "c"], [7.0] * 3, [1, 2, 3]),
         name="all tied: alphabetical order decides"),
    case(sales(["k", "k", "k"], ["B", "a", "b"], [1.0, 1.0, 1.0]), 2,
         expected=top(["k", "k"], ["B", "a"], [1.0, 1.0], [1, 2]),
         name="plain string order: upper case sorts before lower case"),
    case(sales([], [], []), 3, expected=top([], [], [], []), name="empty input"),
    case(sales(["a", "a"], ["x", "y"], [None, None]), expected=top([], [], [], []),
         name="all revenues missing"),
    case(sales(["z", "y", "x"], ["p", "q", "r"], [0.0, -5.0, 1e15]), 2,
         expected=top(["x", "y", "z"], ["r", "q", "p"], [1e15, -5.0, 0.0], [1, 1, 1]),
         name="one product per category; categories sorted; zero, negative, huge revenues"),
    case(sales(["a", "a", "a", "b", "b"], ["m", "n", "o", "m", "n"], [3.0, 2.0, 1.0, 10.0, 20.0],
               region=["eu", "us", "eu", "us", "eu"]), 2,
         expected=top(["a", "a", "b", "b"], ["m", "n", "n", "m"], [3.0, 2.0, 20.0, 10.0], [1, 2, 1, 2],
                      region=["eu", "us", "eu", "us"]),
         name="an extra column is kept; the same product name in two categories"),
    case(pd.DataFrame({"category": ["c", "c", "c"], "product": ["u", "v", "w"], "revenue": [5, 9, 9]},
                      index=[7, 3, 5]), 2,
         expected=pd.DataFrame({"category": ["c", "c"], "product": ["v", "w"], "revenue": [9, 9],
                                "rank": [1, 2]}),
         name="int64 revenues and a custom index: the result gets a fresh index"),
    case(_large(), 5, time_limit=5.0,
         name="200,000 rows, 5,000 categories (a loop over categories is too slow)"),
]


@generate(count=10, seed=13)
def random_catalogues(rng):
    rows = [(c, f"{c}{p}") for c in "abcd" for p in "pqrstu" if rng.random() < 0.6]
    rng.shuffle(rows)
    revenue = [None if rng.random() < 0.1 else float(rng.randint(0, 4)) for _ in rows]
    return case(sales([r[0] for r in rows], [r[1] for r in rows], revenue), rng.randint(1, 4))
