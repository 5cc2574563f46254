import numpy as np
import pandas as pd

from drill import case, generate
from drill.testkit import random_frame

COMPARE = {"name": "frame", "rtol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs
NAN = float("nan")
COLUMNS = ["column", "kind", "missing", "missing_pct", "unique", "mean", "std", "min", "max"]


def profile(*rows):
    frame = pd.DataFrame(list(rows), columns=COLUMNS)
    return frame.astype({"column": "str", "kind": "str", "missing": "int64", "missing_pct": "float64",
                         "unique": "int64", "mean": "float64", "std": "float64", "min": "float64",
                         "max": "float64"})


EXAMPLE = pd.DataFrame({
    "age": [34, None, 29, 41],
    "plan": pd.Series(["pro", "free", None, "pro"], dtype="str"),
    "churned": [False, True, False, False],
    "signup": pd.to_datetime(pd.Series(["2024-01-01", None, "2024-02-01", "2024-02-01"], dtype="object")),
    "visits": pd.array([3, 3, None, None], dtype="Int64"),
})
AGE_STD = float(np.std([34, 29, 41], ddof=1))

CASES = [
    case(EXAMPLE, expected=profile(
        ["age", "numeric", 1, 25.0, 3, 104 / 3, AGE_STD, 29.0, 41.0],
        ["plan", "text", 1, 25.0, 2, NAN, NAN, NAN, NAN],
        ["churned", "bool", 0, 0.0, 2, NAN, NAN, NAN, NAN],
        ["signup", "datetime", 1, 25.0, 2, NAN, NAN, NAN, NAN],
        ["visits", "numeric", 2, 50.0, 1, 3.0, 0.0, 3.0, 3.0]),
         sample=True, name="worked example"),
    case(pd.DataFrame({"x": [1.5], "t": pd.Categorical(["a"])}),
         expected=profile(["x", "numeric", 0, 0.0, 1, 1.5, NAN, 1.5, 1.5],
                          ["t", "category", 0, 0.0, 1, NAN, NAN, NAN, NAN]),
         sample=True, name="one row: std is NaN; a categorical column"),
    case(pd.DataFrame({"n": [np.nan, np.nan], "b": pd.array([True, None], dtype="boolean")}),
         expected=profile(["n", "numeric", 2, 100.0, 0, NAN, NAN, NAN, NAN],
                          ["b", "bool", 1, 50.0, 1, NAN, NAN, NAN, NAN]),
         sample=True, name="an all-missing numeric column; a nullable boolean"),
    case(pd.DataFrame({"a": pd.Series([], dtype="float64"), "s": pd.Series([], dtype="str")}),
         expected=profile(["a", "numeric", 0, NAN, 0, NAN, NAN, NAN, NAN],
                          ["s", "text", 0, NAN, 0, NAN, NAN, NAN, NAN]),
         name="no rows: missing_pct is 0 / 0"),
    case(pd.DataFrame(), expected=profile(), name="no columns"),
    case(pd.DataFrame({"when": pd.to_datetime(pd.Series(["2024-03-01 10:00", None], dtype="object"))
                       .dt.tz_localize("UTC")}),
         expected=profile(["when", "datetime", 1, 50.0, 1, NAN, NAN, NAN, NAN]),
         name="a time-zone-aware datetime column"),
    case(pd.DataFrame({"k": [7, 7, 7], "neg": [-1e100, 0.0, 1e100]}),
         expected=profile(["k", "numeric", 0, 0.0, 1, 7.0, 0.0, 7.0, 7.0],
                          ["neg", "numeric", 0, 0.0, 3, 0.0, 1e100, -1e100, 1e100]),
         name="a constant int column; magnitudes up to 1e100"),
    case(pd.DataFrame({"mixed": pd.Series([1, "a", None, "a"], dtype="object"),
                       "flag": pd.Series([True, True, True], dtype="bool").reindex([0, 1, 2, 3], fill_value=False)}),
         expected=profile(["mixed", "text", 1, 25.0, 2, NAN, NAN, NAN, NAN],
                          ["flag", "bool", 0, 0.0, 2, NAN, NAN, NAN, NAN]),
         name="an object column with mixed values is text"),
    case(pd.DataFrame({0: [1.0, 2.0, 4.0], "name": ["a", "b", "b"]}),
         expected=profile(["0", "numeric", 0, 0.0, 3, 7 / 3, float(np.std([1, 2, 4], ddof=1)), 1.0, 4.0],
                          ["name", "text", 0, 0.0, 2, NAN, NAN, NAN, NAN]),
         name="a non-string column name is reported as a string"),
    case(pd.DataFrame({"none": pd.array([None, None], dtype="Int64"), "one": pd.array([None, 5], dtype="Int64")}),
         expected=profile(["none", "numeric", 2, 100.0, 0, NAN, NAN, NAN, NAN],
                          ["one", "numeric", 1, 50.0, 1, 5.0, NAN, 5.0, 5.0]),
         name="nullable Int64 columns: all <NA>, and a single value"),
    case(pd.DataFrame({"tiny": [1e-300, 3e-300, None]}),
         expected=profile(["tiny", "numeric", 1, 100 / 3, 2, 2e-300, float(np.std([1e-300, 3e-300], ddof=1)),
                           1e-300, 3e-300]),
         name="tiny magnitudes; a third missing"),
]


@generate(count=8, seed=79)
def random_tables(rng):
    return case(random_frame(rng.randint(0, 10_000), rng.randint(1, 30),
                             {"i": "int", "f": "float", "s": "str", "c": "category", "b": "bool", "d": "date"},
                             missing=rng.choice([0.0, 0.2, 0.5])))
