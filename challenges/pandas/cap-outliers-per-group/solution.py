def cap_outliers(df, group, column, k=1.5):
    """Copy of df with `column` clipped to its group's [Q1 - k*IQR, Q3 + k*IQR] and a bool `capped`."""
    values = df[column].astype("float64")
    by_group = values.groupby(df[group])               # rows with a missing group get NaN below
    q1 = by_group.transform("quantile", 0.25)
    q3 = by_group.transform("quantile", 0.75)
    iqr = q3 - q1
    clipped = values.clip(q1 - k * iqr, q3 + k * iqr)  # NaN bounds clip nothing
    changed = clipped.ne(values) & values.notna()      # NaN != NaN is True
    return df.assign(**{column: clipped, "capped": changed})
