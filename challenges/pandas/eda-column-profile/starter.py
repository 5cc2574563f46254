import pandas as pd


def column_profile(df):
    """One row per column of df: kind, missing count and percentage, distinct values, numeric stats."""
    # your code here
    return pd.DataFrame({"column": [str(c) for c in df.columns], "kind": "text",
                         "missing": df.isna().sum().to_numpy(), "missing_pct": df.isna().mean().to_numpy() * 100,
                         "unique": df.nunique().to_numpy()})
