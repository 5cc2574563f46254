import re

import pandas as pd


def wide_to_long(report):
    """Tidy form of a wide monthly report: one row per store and month with recorded sales,
    plus the store's share of its region's sales that month."""
    months = [c for c in report.columns if re.fullmatch(r"\d{4}-\d{2}", str(c))]
    ids = [c for c in report.columns if c not in months]
    long = report.melt(id_vars=ids, value_vars=months, var_name="month", value_name="sales")
    long = long[long["sales"].notna()]
    long = long.assign(month=pd.to_datetime(long["month"], format="%Y-%m"),
                       sales=long["sales"].astype("float64"))
    total = long.groupby(["region", "month"])["sales"].transform("sum")
    long = long.assign(region_share=long["sales"] / total)
    return long.sort_values(["store", "month"], kind="stable").reset_index(drop=True)
