import pandas as pd


def fill_group_median(df, group, column):
    """df[column] as float64 with each missing value replaced by its group's median."""
    # your code here
    return df[column].astype("float64").fillna(0.0)
