import numpy as np
import pandas as pd

from drill import case, generate
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _value(v):
    return v.item() if type(v).__module__ == "numpy" else v


def _frames_differ(expected, actual, qis):
    if type(actual) is not pd.DataFrame:
        return f"violations: expected a pandas.DataFrame, got {type(actual).__name__}"
    want = [*qis, "count"]
    if list(actual.columns) != want:
        return f"violations: columns expected {want}, got {list(actual.columns)}"
    if len(actual) != len(expected):
        return (f"violations: expected {len(expected)} equivalence classes with fewer than k "
                f"rows, got {len(actual)}")
    if len(actual) and not pd.api.types.is_integer_dtype(actual["count"].dtype):
        return f"violations: 'count' must be an integer column, got dtype {actual['count'].dtype}"
    for col in want:
        ev, av = expected[col].to_numpy(dtype=object), actual[col].to_numpy(dtype=object)
        en, an = pd.isna(expected[col]).to_numpy(), pd.isna(actual[col]).to_numpy()
        for i in range(len(ev)):
            same = (en[i] and an[i]) or (not en[i] and not an[i] and _value(ev[i]) == _value(av[i]))
            if not same:
                return (f"violations row {i}, column {col!r}: expected {_value(ev[i])!r}, got "
                        f"{_value(av[i])!r} (rows sorted by count, then by the quasi-identifiers,"
                        " missing values last)")
    return None


def anonymity_ok(actual, expected, table, quasi_identifiers, k):
    if type(actual) is not tuple or len(actual) != 2:
        return f"expected a tuple (level, violations), got {type(actual).__name__}"
    level, violations = actual
    if type(level) is not int:
        return f"level: expected an int, got {type(level).__name__} {level!r}"
    if level != expected[0]:
        return f"level: expected {expected[0]} (the size of the smallest class), got {level}"
    return _frames_differ(expected[1], violations, list(quasi_identifiers))


def kcase(*args, **options):
    return case(*args, check=anonymity_ok, **options)


def violations(rows, columns):
    out = pd.DataFrame(rows, columns=[*columns, "count"])
    return out.astype({"count": "int64"})


PATIENTS = pd.DataFrame({
    "age_band": ["30-39", "30-39", "30-39", "40-49", "40-49", "40-49"],
    "zip": ["02139", "02139", "02139", "02138", "02138", None],
    "sex": ["F", "F", "M", "M", "M", "F"],
    "diagnosis": ["flu", "cold", "flu", "asthma", "flu", "cold"],
})
QI = ["age_band", "zip", "sex"]


def _large():
    g = np.random.default_rng(21)
    n = 200_000
    zips = np.array([f"0{z}" for z in range(2100, 2400)])
    zip_col = pd.Series(zips[g.integers(0, len(zips), size=n)], dtype="str")
    zip_col[g.random(n) < 0.01] = None
    return pd.DataFrame({
        "zip": zip_col,
        "age": g.integers(18, 90, size=n),
        "sex": pd.Series(g.choice(["F", "M", "X"], size=n, p=[0.49, 0.49, 0.02]), dtype="str"),
        "income": g.normal(50_000, 15_000, size=n),
    })


CASES = [
    kcase(PATIENTS, QI, 2,
          expected=(1, violations([("30-39", "02139", "M", 1), ("40-49", None, "F", 1)], QI)),
          sample=True, name="worked example: a missing zip is a value of its own"),
    kcase(PATIENTS, ["age_band"], 2, expected=(3, violations([], ["age_band"])), sample=True,
          name="3-anonymous on age_band alone: no violations"),
    kcase(PATIENTS, ["sex", "age_band"], 3,
          expected=(1, violations([("F", "40-49", 1), ("M", "30-39", 1),
                                   ("F", "30-39", 2), ("M", "40-49", 2)], ["sex", "age_band"])),
          sample=True, name="columns in the given order; sorted by count, then the values"),
    kcase(PATIENTS.iloc[:0], QI, 2, expected=(0, violations([], QI)),
          name="empty table: level 0, no violations"),
    kcase(PATIENTS.iloc[[3]], QI, 2, expected=(1, violations([("40-49", "02138", "M", 1)], QI)),
          name="a single row"),
    kcase(PATIENTS, QI, 1, expected=(1, violations([], QI)),
          name="k = 1: every class is large enough, the level is still 1"),
    kcase(pd.DataFrame({"zip": ["a", None, None, "a", "b"], "x": [1, 2, 3, 4, 5]}), ["zip"], 3,
          expected=(1, violations([("b", 1), ("a", 2), (None, 2)], ["zip"])),
          name="two rows missing the zip form one class (groupby drops them by default)"),
    kcase(pd.DataFrame({"age": pd.array([9, 10, None, 9, 10, 10, None], dtype="Int64"),
                        "sex": ["F", "F", "M", "F", "F", "F", "M"]}), ["age", "sex"], 5,
          expected=(2, violations([(9, "F", 2), (None, "M", 2), (10, "F", 3)], ["age", "sex"])),
          name="nullable Int64 with <NA>: numeric order (9 before 10), missing last"),
    kcase(pd.DataFrame({"plan": pd.Categorical(["gold", "basic", "gold"],
                                               categories=["basic", "gold", "platinum"]),
                        "region": ["n", "s", "n"]}), ["plan", "region"], 2,
          expected=(1, violations([("basic", "s", 1)], ["plan", "region"])),
          name="categorical column with an unused category: no empty class"),
    kcase(pd.DataFrame({"h": [1.5, np.nan, 1.5, 2.0, np.nan, np.nan],
                        "secret": [None, "x", None, "y", "z", None]}), ["h"], 4,
          expected=(1, violations([(2.0, 1), (1.5, 2), (np.nan, 3)], ["h"])),
          name="float column with NaN; other columns (even with NaN) are ignored"),
    kcase(pd.DataFrame({"a": ["x", "x", "y", "y"], "b": ["1", "2", "1", "2"]}), ["a", "b"], 2,
          expected=(1, violations([("x", "1", 1), ("x", "2", 1), ("y", "1", 1), ("y", "2", 1)],
                                  ["a", "b"])),
          name="every row unique: all classes violate, sorted by the values"),
    kcase(_large(), ["zip", "age", "sex"], 5, time_limit=2.0,
          name="200,000 rows (iterrows or a loop over rows is too slow)"),
]


@generate(count=10, seed=606)
def random_tables(rng):
    n = rng.randint(1, 40)
    zips = [rng.choice(["021", "022", "023", None]) for _ in range(n)]
    ages = pd.array([rng.choice([20, 30, 40, None]) for _ in range(n)], dtype="Int64")
    sex = [rng.choice(["F", "M"]) for _ in range(n)]
    table = pd.DataFrame({"zip": pd.Series(zips, dtype="str"), "age": ages, "sex": sex,
                          "diagnosis": [rng.choice(["flu", "cold"]) for _ in range(n)]})
    qis = rng.choice([["zip", "age", "sex"], ["age", "zip"], ["sex"], ["zip"]])
    return kcase(table, qis, rng.randint(1, 4))
