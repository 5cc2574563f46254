import pandas as pd


def clean_numeric(df, money, percent):
    """Return a copy of df with the `money` and `percent` columns parsed to float64."""
    # your code here
    return df.copy()
