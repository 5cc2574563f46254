import numpy as np
import pandas as pd

from drill import case, generate

COMPARE = {"name": "frame", "rtol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs
NAN = float("nan")


def frame(groups, values, index=None, dtype="float64", **extra):
    out = pd.DataFrame({"g": pd.Series(groups, dtype="str", index=index),
                        "v": pd.Series(values, dtype=dtype, index=index)}, index=index)
    for name, col in extra.items():
        out[name] = col
    return out


def capped(df, values, flags, column="v"):
    return df.assign(**{column: pd.Series(values, dtype="float64", index=df.index),
                        "capped": pd.Series(flags, dtype="bool", index=df.index)})


def _large():
    g = np.random.default_rng(17)
    n, groups = 500_000, 50_000
    keys = g.integers(0, groups, n)
    values = g.lognormal(3, 1, n) * (1 + (keys % 7))
    values[g.random(n) < 0.01] *= 50
    return pd.DataFrame({"shop": keys, "amount": values})


EXAMPLE = pd.DataFrame({"category": pd.Series(["lamp", "lamp", "lamp", "lamp", "sofa", "sofa", None],
                                              dtype="str"),
                        "price": [20.0, 25.0, 30.0, 900.0, 850.0, None, 5000.0]})

LOW = frame(["x"] * 5, [-1000.0, 10.0, 11.0, 12.0, 13.0])
FENCE = frame(["f"] * 5, [0.0, 1.0, 2.0, 3.0, 7.0])      # Q1 = 1, Q3 = 3, high = 6 at k=1.5; 7 at k=2

CASES = [
    case(EXAMPLE, "category", "price",
         expected=capped(EXAMPLE, [20.0, 25.0, 30.0, 583.125, 850.0, NAN, 5000.0],
                         [False, False, False, True, False, False, False], column="price"),
         sample=True, name="worked example: a high outlier, a one-value group, a row without group"),
    case(LOW, "g", "v", expected=capped(LOW, [7.0, 10.0, 11.0, 12.0, 13.0], [True, False, False, False, False]),
         sample=True, name="a low outlier: Q1 = 10, Q3 = 12, low = 10 - 1.5 * 2 = 7"),
    case(FENCE, "g", "v", 2, expected=capped(FENCE, [0.0, 1.0, 2.0, 3.0, 7.0], [False] * 5),
         sample=True, name="k=2: 7 lies exactly on the high fence 3 + 2 * 2 and is kept"),
    case(FENCE, "g", "v", expected=capped(FENCE, [0.0, 1.0, 2.0, 3.0, 6.0], [False] * 4 + [True]),
         name="the default k=1.5: high fence 6"),
    case(FENCE, "g", "v", 0, expected=capped(FENCE, [1.0, 1.0, 2.0, 3.0, 3.0], [True, False, False, False, True]),
         name="k=0 clips to [Q1, Q3]"),
    case(frame(["a", "b", "a", "b", "a", "b", "a", "b"],
               [1.0, 100.0, 2.0, 200.0, 3.0, 300.0, 50.0, 101.0]), "g", "v",
         expected=capped(frame(["a", "b", "a", "b", "a", "b", "a", "b"],
                               [1.0, 100.0, 2.0, 200.0, 3.0, 300.0, 50.0, 101.0]),
                         [1.0, 100.0, 2.0, 200.0, 3.0, 300.0, 34.25, 101.0],
                         [False] * 6 + [True, False]),
         name="each group has its own fences: 50 is extreme for a, 300 is not for b"),
    case(frame(["s"], [42.0]), "g", "v", expected=capped(frame(["s"], [42.0]), [42.0], [False]),
         name="a single row"),
    case(frame(["t", "t"], [0.0, 1e6]), "g", "v", 0,
         expected=capped(frame(["t", "t"], [0.0, 1e6]), [250000.0, 750000.0], [True, True]),
         name="two values, k=0: quartiles interpolate to 1/4 and 3/4 of the way"),
    case(frame(["e", "e", "n", "n"], [NAN, NAN, 5.0, 5.0]), "g", "v",
         expected=capped(frame(["e", "e", "n", "n"], [NAN, NAN, 5.0, 5.0]), [NAN, NAN, 5.0, 5.0], [False] * 4),
         name="an all-missing group and a constant group change nothing"),
    case(pd.DataFrame({"shop": [3, 3, 3, 3, 7], "amount": pd.array([1, 2, 3, 40, None], dtype="Int64"),
                       "note": ["a", "b", "c", "d", "e"]}, index=[10, 20, 30, 40, 50]),
         "shop", "amount", name="integer group keys, nullable Int64 values with <NA>, a custom index"),
    case(frame(["h"] * 5, [1e300, 2e300, 3e300, 4e300, 1.7e308]), "g", "v",
         name="values near the float64 limit: the high fence overflows to inf and caps nothing"),
    case(frame(["h"] * 5, [1e-300, 2e-300, 3e-300, 4e-300, 1e-290]), "g", "v",
         expected=capped(frame(["h"] * 5, [1e-300, 2e-300, 3e-300, 4e-300, 1e-290]),
                         [1e-300, 2e-300, 3e-300, 4e-300, 7e-300], [False] * 4 + [True]),
         name="tiny magnitudes"),
    case(frame(["n"] * 6, [-5.0, -4.0, -4.0, -4.0, -3.0, 9.0], dtype="Float64"), "g", "v",
         name="negative values with ties; nullable Float64 column"),
    case(_large(), "shop", "amount", time_limit=3.0,
         name="500,000 rows, 50,000 groups (a loop over groups is too slow)"),
]


@generate(count=10, seed=5)
def random_groups(rng):
    n = rng.randint(1, 30)
    groups = [None if rng.random() < 0.1 else rng.choice(["a", "b", "c"]) for _ in range(n)]
    values = [None if rng.random() < 0.1 else rng.choice([rng.randint(-5, 5), rng.randint(-500, 500)]) * 1.0
              for _ in range(n)]
    return case(frame(groups, values), "g", "v", rng.choice([0, 0.5, 1.5, 3]))
