import pandas as pd
from pandas.api import types

COLUMNS = ["column", "kind", "missing", "missing_pct", "unique", "mean", "std", "min", "max"]
NAN = float("nan")


def kind_of(values):
    if types.is_bool_dtype(values):            # before numeric: bool counts as numeric in pandas
        return "bool"
    if types.is_numeric_dtype(values):
        return "numeric"
    if types.is_datetime64_any_dtype(values):
        return "datetime"
    if isinstance(values.dtype, pd.CategoricalDtype):
        return "category"
    return "text"


def column_profile(df):
    """One row per column of df: kind, missing count and percentage, distinct values, numeric stats."""
    rows = []
    for name in df.columns:
        values = df[name]
        kind = kind_of(values)
        missing = int(values.isna().sum())
        row = {"column": str(name), "kind": kind, "missing": missing,
               "missing_pct": 100 * missing / len(values) if len(values) else NAN,
               "unique": int(values.nunique()), "mean": NAN, "std": NAN, "min": NAN, "max": NAN}
        if kind == "numeric":
            numbers = values.astype("float64")
            row.update(mean=numbers.mean(), std=numbers.std(), min=numbers.min(), max=numbers.max())
        rows.append(row)
    return pd.DataFrame(rows, columns=COLUMNS).astype(
        {"column": "str", "kind": "str", "missing": "int64", "missing_pct": "float64", "unique": "int64",
         "mean": "float64", "std": "float64", "min": "float64", "max": "float64"})
