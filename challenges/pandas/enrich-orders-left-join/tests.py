import numpy as np
import pandas as pd

from drill import case, generate

COMPARE = {"name": "frame", "check_index": False}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs
NAN = float("nan")


def strs(values):
    return pd.Series(values, dtype="str")


def _large():
    g = np.random.default_rng(12)
    n, m = 200_000, 50_000
    orders = pd.DataFrame({"order_id": np.arange(n), "customer_id": g.integers(0, 45_000, size=n),
                           "amount": g.integers(1, 10_000, size=n) / 100})
    ids = g.integers(0, 40_000, size=m)
    customers = pd.DataFrame({"customer_id": ids,
                              "name": strs([f"c{i}" for i in range(m)]),
                              "segment": strs(np.array(["retail", "wholesale", "vip"])[g.integers(0, 3, size=m)])})
    customers.loc[g.random(m) < 0.05, "segment"] = np.nan
    return orders, customers


CASES = [
    case(pd.DataFrame({"order_id": [101, 102, 103, 104], "customer_id": [2, 1, 9, 2],
                       "amount": [9.5, 20.0, 3.0, 1.0]}),
         pd.DataFrame({"customer_id": [1, 2, 2], "name": ["Ann", "Bo", "Bob"],
                       "segment": ["retail", "retail", "wholesale"], "email": ["a@x", "b@x", "b@y"]}),
         expected=pd.DataFrame({"order_id": [101, 102, 103, 104], "customer_id": [2, 1, 9, 2],
                                "amount": [9.5, 20.0, 3.0, 1.0],
                                "name": strs(["Bob", "Ann", None, "Bob"]),
                                "segment": strs(["wholesale", "retail", "unknown", "wholesale"])}),
         sample=True, name="worked example: a corrected customer, an unknown customer"),
    case(pd.DataFrame({"order_id": [1, 2, 3], "customer_id": [5.0, NAN, 6.0]}),
         pd.DataFrame({"customer_id": [5, 6], "name": ["Eve", "Fay"], "segment": [None, "vip"]}),
         expected=pd.DataFrame({"order_id": [1, 2, 3], "customer_id": [5.0, NAN, 6.0],
                                "name": strs(["Eve", None, "Fay"]),
                                "segment": strs(["unknown", "unknown", "vip"])}),
         sample=True, name="an order without a customer; a customer without a segment"),
    case(pd.DataFrame({"customer_id": [3, 3, 3], "order_id": [7, 8, 9]}),
         pd.DataFrame({"customer_id": [3, 3], "name": ["Old", None], "segment": ["a", "b"]}),
         expected=pd.DataFrame({"customer_id": [3, 3, 3], "order_id": [7, 8, 9],
                                "name": strs([None, None, None]),
                                "segment": strs(["b", "b", "b"])}),
         sample=True, name="the last row wins whole: its missing name is not taken from the older row"),
    case(pd.DataFrame({"order_id": pd.Series([], dtype="int64"),
                       "customer_id": pd.Series([], dtype="int64")}),
         pd.DataFrame({"customer_id": [1], "name": ["A"], "segment": ["s"]}),
         expected=pd.DataFrame({"order_id": pd.Series([], dtype="int64"),
                                "customer_id": pd.Series([], dtype="int64"),
                                "name": strs([]), "segment": strs([])}),
         name="no orders"),
    case(pd.DataFrame({"order_id": [1, 2], "customer_id": [1, 2]}),
         pd.DataFrame({"customer_id": pd.Series([], dtype="int64"), "name": strs([]),
                       "segment": strs([])}),
         expected=pd.DataFrame({"order_id": [1, 2], "customer_id": [1, 2],
                                "name": strs([None, None]), "segment": strs(["unknown", "unknown"])}),
         name="no customers: every order is unmatched"),
    case(pd.DataFrame({"order_id": [1, 2], "customer_id": pd.array([None, 4], dtype="Int64")}),
         pd.DataFrame({"customer_id": pd.array([None, 4], dtype="Int64"),
                       "name": ["Ghost", "Dan"], "segment": ["vip", "retail"]}),
         expected=pd.DataFrame({"order_id": [1, 2], "customer_id": pd.array([None, 4], dtype="Int64"),
                                "name": strs([None, "Dan"]), "segment": strs(["unknown", "retail"])}),
         name="a missing id never matches a customer row with a missing id (Int64 keys)"),
    case(pd.DataFrame({"order_id": [1, 2, 3, 4], "customer_id": [8, 8, 8, 8]}),
         pd.DataFrame({"customer_id": [8, 8, 8, 8], "name": ["a", "b", "c", "d"],
                       "segment": ["s1", "s2", "s3", "s4"]}),
         expected=pd.DataFrame({"order_id": [1, 2, 3, 4], "customer_id": [8, 8, 8, 8],
                                "name": strs(["d"] * 4), "segment": strs(["s4"] * 4)}),
         name="four orders x four duplicate customer rows: still four rows"),
    case(pd.DataFrame({"order_id": [5, 4, 3, 2, 1], "customer_id": [30, 10, 20, 10, 30]}),
         pd.DataFrame({"customer_id": [10, 20, 30], "name": ["x", "y", "z"],
                       "segment": ["p", "q", "r"]}),
         name="the orders' row order is kept (not sorted by key)"),
    case(pd.DataFrame({"order_id": [1, 2], "customer_id": [-1, 0], "note": ["gift", None],
                       "paid": [True, False]}),
         pd.DataFrame({"customer_id": [0, -1], "name": ["Zero", "Neg"], "segment": ["a", "b"],
                       "score": [1.5, 2.5]}),
         name="negative and zero ids; extra columns on both sides"),
    case(pd.DataFrame({"order_id": [1], "customer_id": [7]},
                      index=[42]),
         pd.DataFrame({"customer_id": [7], "name": ["Sol"], "segment": ["vip"]}, index=[99]),
         name="a single order; unusual indexes on both sides"),
    case(pd.DataFrame({"order_id": [1, 2, 3], "customer_id": [1, 2, 3]}),
         pd.DataFrame({"customer_id": pd.array([1, 2, 2, None], dtype="Int64"),
                       "name": pd.Series(["a", "b", "B", "n"], dtype=object),
                       "segment": pd.Series(["s", None, None, "t"], dtype=object)}),
         name="object-dtype customer columns; Int64 customer ids"),
    case(*_large(), time_limit=2.0,
         name="200,000 orders, 50,000 customer rows with repeats (a loop over orders is too slow)"),
]


@generate(count=8, seed=5)
def random_tables(rng):
    n, m = rng.randint(1, 30), rng.randint(0, 15)
    ids = [None if rng.random() < 0.15 else rng.randint(0, 8) for _ in range(n)]
    orders = pd.DataFrame({"order_id": list(range(n)),
                           "customer_id": pd.array(ids, dtype="Int64"),
                           "amount": [rng.randint(1, 99) for _ in range(n)]})
    cids = [None if rng.random() < 0.1 else rng.randint(0, 10) for _ in range(m)]
    customers = pd.DataFrame({
        "customer_id": pd.array(cids, dtype="Int64"),
        "name": strs([None if rng.random() < 0.2 else f"n{rng.randint(0, 99)}" for _ in range(m)]),
        "segment": strs([None if rng.random() < 0.2 else rng.choice(["a", "b", "c"]) for _ in range(m)]),
    })
    return case(orders, customers)
