import datetime

import numpy as np
import pandas as pd

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = "exact"
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs
NAN = float("nan")


def v(column, check, rows):
    return {"column": column, "check": check, "rows": list(rows), "count": len(rows)}


def report(violations=(), missing=(), unexpected=()):
    return {"missing_columns": list(missing), "unexpected_columns": list(unexpected),
            "violations": list(violations), "valid": not missing and not violations}


def obj(*values):
    return np.array(values, dtype=object)


SCHEMA = {"user_id": {"type": "int", "min": 1},
          "age": {"type": "int", "nullable": True, "min": 0, "max": 120},
          "country": {"type": "str", "allowed": ["DE", "FR", "US"]},
          "amount": {"type": "float", "min": 0.0},
          "signup": {"type": "datetime", "nullable": True}}
EXAMPLE = pd.DataFrame({"user_id": [17, 18, 0, 20], "age": [34.0, None, 130.0, 28.5],
                        "country": ["DE", "us", None, "FR"],
                        "amount": obj(12.5, -3.0, "7", 0.0), "channel": ["web", "app", "web", "app"]},
                       index=[100, 101, 102, 103])
CLEAN = pd.DataFrame({"extra": [1, 2], "user_id": [5, 6], "age": pd.array([None, 44], dtype="Int64"),
                      "country": pd.Categorical(["US", "FR"]), "amount": [0, 9.75],
                      "signup": pd.to_datetime(["2024-01-02", None])}, index=["a", "b"])
TYPES = {"i": {"type": "int"}, "f": {"type": "float"}, "s": {"type": "str"}, "b": {"type": "bool"},
         "d": {"type": "datetime"}}


def _large():
    g = np.random.default_rng(99)
    n = 50_000
    frame = pd.DataFrame({"user_id": g.integers(0, 10**6, n), "age": g.integers(-2, 125, n).astype(float),
                          "country": g.choice(["DE", "FR", "US", "UK"], n), "amount": g.normal(50, 30, n),
                          "signup": pd.Timestamp("2024-01-01") + pd.to_timedelta(g.integers(0, 400, n), unit="D")})
    frame.loc[g.random(n) < 0.01, "age"] = np.nan
    return frame


CASES = [
    case(EXAMPLE, SCHEMA, expected=report(
        [v("user_id", "min", [102]), v("age", "type", [103]), v("age", "max", [102]),
         v("country", "null", [102]), v("country", "allowed", [101]),
         v("amount", "type", [102]), v("amount", "min", [101])], ["signup"], ["channel"]),
         sample=True, name="worked example"),
    case(CLEAN, SCHEMA, expected=report(unexpected=["extra"]), sample=True,
         name="a clean batch is valid: nullable Int64, a category of strings, ints as floats"),
    case(pd.DataFrame({"user_id": [3, None, 4]}), {"user_id": {"type": "int"}},
         expected=report([v("user_id", "null", [1])]), sample=True,
         name="nullable defaults to False"),
    case(pd.DataFrame({"i": obj(1, np.int64(2), True, 3.0, 3.5, "4"), "f": obj(1, 2.5, np.float32(1.5), False, "2.5", np.inf),
                       "s": obj("a", 1, "", b"x", "c", "d"), "b": obj(True, np.bool_(False), 0, 1, "True", False),
                       "d": obj(pd.Timestamp("2024-01-01"), datetime.datetime(2024, 1, 2), np.datetime64("2024-01-03"),
                                "2024-01-04", datetime.date(2024, 1, 5), 1_700_000_000)}),
         TYPES, expected=report([v("i", "type", [2, 4, 5]), v("f", "type", [3, 4]), v("s", "type", [1, 3]),
                                 v("b", "type", [2, 3, 4]), v("d", "type", [3, 4, 5])]),
         name="types value by value: bool is not int, strings are not numbers, a date is not a datetime"),
    case(pd.DataFrame({"x": obj(None, NAN, pd.NA, pd.NaT, 1.0)}), {"x": {"type": "float"}},
         expected=report([v("x", "null", [0, 1, 2, 3])]), name="None, NaN, pd.NA and NaT are all missing"),
    case(pd.DataFrame({"x": obj(np.float32("nan"), np.float64("nan"), 2.0, -1.0),
                       "t": obj(np.datetime64("NaT"), pd.Timestamp("2023-01-01"), np.datetime64("2024-01-01"), None)}),
         {"x": {"type": "float", "min": 0.0}, "t": {"type": "datetime", "min": pd.Timestamp("2023-06-01")}},
         expected=report([v("x", "null", [0, 1]), v("x", "min", [3]), v("t", "null", [0, 3]), v("t", "min", [1])]),
         name="NumPy's missing values in object columns: float32 NaN and datetime64 NaT"),
    case(pd.DataFrame({"x": obj(None, NAN, "oops", -1)}), {"x": {"type": "int", "nullable": True, "min": 0}},
         expected=report([v("x", "type", [2]), v("x", "min", [3])]),
         name="nullable: missing values pass and are not checked further"),
    case(pd.DataFrame({"x": [0, 10, -1, 11, 5]}), {"x": {"type": "int", "min": 0, "max": 10}},
         expected=report([v("x", "min", [2]), v("x", "max", [3])]), name="values equal to a bound are fine"),
    case(pd.DataFrame({"x": obj("7", "-5", 12)}), {"x": {"type": "int", "min": 0, "max": 10}},
         expected=report([v("x", "type", [0, 1]), v("x", "max", [2])]),
         name="wrong-typed values are never compared with the bounds"),
    case(pd.DataFrame({"lvl": [1, 2, 9, 3, 0]}), {"lvl": {"type": "int", "max": 3, "allowed": [0, 1, 2, 3]}},
         expected=report([v("lvl", "max", [2]), v("lvl", "allowed", [2])]),
         name="one value breaking max and allowed is reported twice"),
    case(pd.DataFrame({"amount": [1.0, np.inf, -np.inf, 1e308]}), {"amount": {"type": "float", "min": -1e308, "max": 1e308}},
         expected=report([v("amount", "min", [2]), v("amount", "max", [1])]), name="infinities are floats out of range"),
    case(pd.DataFrame({"when": pd.to_datetime(["2023-12-31", "2024-01-01", "2025-06-01", None])}),
         {"when": {"type": "datetime", "min": pd.Timestamp("2024-01-01"), "max": pd.Timestamp("2025-01-01")}},
         expected=report([v("when", "null", [3]), v("when", "min", [0]), v("when", "max", [2])]),
         name="datetime bounds; NaT is missing"),
    case(pd.DataFrame({"ok": [True, False], "n": [1, 2]}, index=["r1", "r1"]),
         {"ok": {"type": "bool"}, "n": {"type": "int", "allowed": [2]}, "gone": {"type": "str"}, "also": {"type": "int"}},
         expected=report([v("n", "allowed", ["r1"])], ["gone", "also"]),
         name="string and repeated index labels; missing columns in schema order"),
    case(pd.DataFrame({"a": pd.Series([], dtype="float64"), "b": pd.Series([], dtype="str")}),
         {"a": {"type": "float"}, "b": {"type": "str", "allowed": ["x"]}}, expected=report(),
         name="an empty batch has no violations"),
    case(pd.DataFrame({"a": [1], "b": ["x"]}), {}, expected=report(unexpected=["a", "b"]),
         name="an empty schema: every column unexpected, still valid"),
    case(_large(), {k: SCHEMA[k] for k in ("user_id", "age", "country", "amount", "signup")}, time_limit=5.0,
         name="50,000 rows"),
]


@generate(count=10, seed=2468)
def random_batches(rng):
    g = numpy_rng(rng)
    n = rng.randint(0, 25)
    pool = [1, 2, 0, -4, 3.0, 2.5, "3", True, None, np.nan, 150, "DE", "US", "xx"]
    frame = pd.DataFrame({"a": obj(*[pool[k] for k in g.integers(0, len(pool), n)]) if n else obj(),
                          "b": g.integers(-5, 130, n), "c": g.choice(["DE", "FR", "US", "de"], n)},
                         index=g.permutation(n) * 3)
    schema = {"a": {"type": rng.choice(["int", "float", "str"]), "nullable": rng.random() < 0.5, "min": 0},
              "b": {"type": "int", "min": 0, "max": 120}, "c": {"type": "str", "allowed": ["DE", "FR", "US"]}}
    if rng.random() < 0.3:
        schema["z"] = {"type": "bool"}
    if schema["a"]["type"] == "str":
        del schema["a"]["min"]
    return case(frame, schema)
