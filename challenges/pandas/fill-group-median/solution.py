import pandas as pd


def fill_group_median(df, group, column):
    """df[column] as float64 with each missing value replaced by its group's median."""
    values = df[column].astype("float64")
    overall = values.median()                          # from the original values only
    per_row = values.groupby(df[group]).transform("median")   # NaN for all-missing groups
    return values.fillna(per_row).fillna(overall)     # and for rows without a group
