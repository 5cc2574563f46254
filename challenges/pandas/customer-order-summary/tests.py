import numpy as np
import pandas as pd

from drill import case, generate

COMPARE = {"name": "frame", "check_index": False}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs
COLUMNS = ["customer", "orders", "paid_orders", "total", "mean"]
NAN = float("nan")


def frame(customers, amounts, **extra):
    if isinstance(amounts, list) and any(a is None for a in amounts):
        amounts = pd.Series(amounts, dtype="float64")  # None -> NaN in a float column, never object
    return pd.DataFrame({"customer": customers, "amount": amounts, **extra})


def summary(rows):
    """Expected output from (customer, orders, paid_orders, total, mean) tuples."""
    out = pd.DataFrame(rows, columns=COLUMNS)
    return out.astype({"customer": "str", "orders": "int64", "paid_orders": "int64",
                       "total": "float64", "mean": "float64"})


def _empty_input():
    return pd.DataFrame({"customer": pd.Series([], dtype="str"),
                         "amount": pd.Series([], dtype="float64")})


def _large():
    g = np.random.default_rng(42)
    n = 200_000
    names = np.array([f"c{i:05d}" for i in range(20_000)])
    amount = g.integers(-40, 400, size=n) / 2.0        # multiples of 0.5: exact sums, real ties
    amount[g.random(n) < 0.1] = np.nan
    customer = pd.Series(names[g.integers(0, len(names), size=n)], dtype="str")
    customer[g.random(n) < 0.01] = np.nan
    return frame(customer, amount, item=g.integers(0, 50, size=n))


CASES = [
    case(frame(["ann", "bob", "ann", "cy", "bob", None], [10.0, 5.5, None, None, 4.5, 99.0]),
         expected=summary([("ann", 2, 1, 10.0, 10.0), ("bob", 2, 2, 10.0, 5.0),
                           ("cy", 1, 0, 0.0, NAN)]),
         sample=True, name="worked example: a tie, an unpaid order, a missing customer"),
    case(frame(["x", "y", "x", "y", "y"], [3, 4, 5, 1, 1]),
         expected=summary([("x", 2, 2, 8.0, 4.0), ("y", 3, 3, 6.0, 2.0)]),
         sample=True, name="integer amounts still give float totals and means"),
    case(frame(["refund", "small", "zero", "refund"], [-20.0, 1.25, 0.0, 5.0]),
         expected=summary([("small", 1, 1, 1.25, 1.25), ("zero", 1, 1, 0.0, 0.0),
                           ("refund", 2, 2, -15.0, -7.5)]),
         sample=True, name="negative totals sort below zero"),
    case(_empty_input(), expected=pd.DataFrame(columns=COLUMNS),
         compare={"name": "frame", "check_index": False, "dtype": "any"},
         name="empty input gives an empty frame with the five columns"),
    case(frame(pd.Series([None, None], dtype="str"), [1.0, 2.0]),
         expected=pd.DataFrame(columns=COLUMNS),
         compare={"name": "frame", "check_index": False, "dtype": "any"},
         name="every customer missing gives an empty frame"),
    case(frame(["solo"], [42.5]), expected=summary([("solo", 1, 1, 42.5, 42.5)]),
         name="single row"),
    case(frame(["solo", "solo"], [None, None]), expected=summary([("solo", 2, 0, 0.0, NAN)]),
         name="a customer with only unpaid orders: total 0.0, mean NaN"),
    case(frame(["bob", "Bob", "ann", "Ann", "bob"], [1.0, 2.0, 2.0, 2.0, 1.0]),
         expected=summary([("Ann", 1, 1, 2.0, 2.0), ("Bob", 1, 1, 2.0, 2.0),
                           ("ann", 1, 1, 2.0, 2.0), ("bob", 2, 2, 2.0, 1.0)]),
         name="four-way tie; names are case-sensitive and uppercase sorts first"),
    case(frame(["a", "b", "a"], [1.0, 2.0, 3.0], item=["pen", "ink", "pad"],
               ts=pd.to_datetime(["2024-01-01", "2024-01-02", "2024-01-03"]), qty=[1, 2, 3]),
         expected=summary([("a", 2, 2, 4.0, 2.0), ("b", 1, 1, 2.0, 2.0)]),
         name="other columns (strings, dates, ints) are ignored"),
    case(frame(["p", "q", "p", "q"], pd.array([7, None, None, None], dtype="Int64")),
         expected=summary([("p", 2, 1, 7.0, 7.0), ("q", 2, 0, 0.0, NAN)]),
         name="nullable Int64 amounts with <NA>"),
    case(frame(pd.Series(["k", "j", "k"], dtype=object), [0.1, 0.2, 0.2]),
         name="object-dtype customer column, non-binary decimals"),
    case(_large(), time_limit=2.0,
         name="200,000 rows, 20,000 customers (iterrows or a loop over groups is too slow)"),
]


@generate(count=8, seed=31)
def random_orders(rng):
    n = rng.randint(1, 60)
    pool = ["ann", "Ann", "bob", "cy", "dee", "ed", "Zed", "émile"][: rng.randint(1, 8)]
    customers = [None if rng.random() < 0.1 else rng.choice(pool) for _ in range(n)]
    amounts = [None if rng.random() < 0.2 else rng.randint(-8, 40) / 4 for _ in range(n)]
    return case(frame(customers, amounts))
