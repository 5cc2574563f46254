import numpy as np
import pandas as pd

from drill import case, generate

COMPARE = {"name": "frame", "rtol": 1e-9}
NAN = float("nan")


def orders(users, days, index=None):
    return pd.DataFrame({"user": pd.Series(users, dtype="str", index=index),
                         "ts": pd.to_datetime(pd.Series(days, dtype="object", index=index),
                                              format="ISO8601").astype("datetime64[us]")},
                        index=index)


def table(cohorts, users, *rows):
    out = pd.DataFrame({"cohort": pd.Series(cohorts, dtype="str"), "users": pd.Series(users, dtype="int64")})
    for k, column in enumerate(zip(*rows)) if rows else []:
        out[f"m{k}"] = pd.Series(column, dtype="float64")
    return out


def _large():
    g = np.random.default_rng(2)
    n, users = 300_000, 50_000
    start = g.integers(0, 365, users)                   # each user's first day
    who = g.integers(0, users, n)
    day = start[who] + g.exponential(60, n).astype(int)
    ts = pd.Timestamp("2023-01-01") + pd.to_timedelta(day, unit="D")
    return pd.DataFrame({"user": pd.Series([f"u{i:05d}" for i in who], dtype="str"), "ts": ts})


EXAMPLE = orders(["ann", "bob", "ann", "cy", "bob", "ann", "dee", "cy", "bob"],
                 ["2024-01-05", "2024-01-20", "2024-01-28", "2024-02-02", "2024-03-15",
                  "2024-03-01", "2024-03-09", None, "2024-03-31"])

CASES = [
    case(EXAMPLE, expected=table(["2024-01", "2024-02", "2024-03"], [2, 1, 1],
                                 [1.0, 0.0, 1.0], [1.0, 0.0, NAN], [1.0, NAN, NAN]),
         sample=True, name="worked example"),
    case(orders(["a", "b", "c", "d", "a", "b", "a"],
                ["2023-11-30", "2023-11-02", "2023-11-15", "2023-11-20", "2023-12-01", "2024-01-31",
                 "2024-01-01"]),
         expected=table(["2023-11"], [4], [1.0, 0.25, 0.5]),
         sample=True, name="one cohort across the new year: 30 Nov to 1 Dec is one month"),
    case(orders(["x", "x", "x", "y"], ["2024-05-01", "2024-05-02", "2024-05-31", "2024-05-15"]),
         expected=table(["2024-05"], [2], [1.0]),
         sample=True, name="all orders in one month: only m0; repeat orders count once"),
    case(orders([], []), expected=table([], []), name="no orders"),
    case(orders(["q", "r"], [None, None]), expected=table([], []), name="only orders without a timestamp"),
    case(orders(["solo"], ["2024-02-29"]), expected=table(["2024-02"], [1], [1.0]), name="a single order"),
    case(orders(["a", "b", "a", "b"], ["2024-01-10", "2024-03-10", "2024-04-01", "2024-04-01"]),
         expected=table(["2024-01", "2024-03"], [1, 1], [1.0, 0.0, 0.0, 1.0], [1.0, 1.0, NAN, NAN]),
         name="no cohort in February: no row for it; m1 of March is observed (April)"),
    case(orders(["late", "late", "early"], ["2024-06-01", "2024-04-01", "2024-04-30"], index=["o3", "o1", "o2"]),
         expected=table(["2024-04"], [2], [1.0, 0.0, 0.5]),
         name="the cohort is the earliest order in time, not the first row; a string index"),
    case(orders(["u", "v", "u"], ["2022-12-31", "2024-12-01", "2024-12-31"]),
         expected=table(["2022-12", "2024-12"], [1, 1],
                        [1.0] + [0.0] * 23 + [1.0], [1.0] + [NAN] * 24),
         name="two years between the first cohort and the end: 25 columns"),
    case(orders(["a", "b", "c", "a", "b", "c", "d"],
                ["2024-01-01", "2024-01-01", "2024-01-01", "2024-02-01", "2024-02-01", "2024-02-01",
                 "2024-02-01"]),
         expected=table(["2024-01", "2024-02"], [3, 1], [1.0, 1.0], [1.0, NAN]),
         name="full retention"),
    case(orders(["a", "b", "c", "a"], ["2024-01-01 00:00:00", "2024-01-31 23:59:59",
                                       "2024-02-01 00:00:00", "2024-02-01 00:00:00"]),
         expected=table(["2024-01", "2024-02"], [2, 1], [1.0, 0.5], [1.0, NAN]),
         name="times at the month boundary"),
    case(_large(), time_limit=4.0, name="300,000 orders, 50,000 users"),
]


@generate(count=10, seed=29)
def random_shops(rng):
    n = rng.randint(1, 30)
    users = [rng.choice(["a", "b", "c", "d", "e", "f"]) for _ in range(n)]
    days = [None if rng.random() < 0.1 else
            f"{rng.choice([2023, 2024])}-{rng.choice([1, 2, 11, 12]):02d}-{rng.randint(1, 28):02d}"
            for _ in range(n)]
    return case(orders(users, days))
