def cap_outliers(df, group, column, k=1.5):
    """Copy of df with `column` clipped to its group's [Q1 - k*IQR, Q3 + k*IQR] and a bool `capped`."""
    # your code here
    values = df[column].astype("float64")
    q1, q3 = values.quantile(0.25), values.quantile(0.75)
    clipped = values.clip(q1 - k * (q3 - q1), q3 + k * (q3 - q1))
    return df.assign(**{column: clipped, "capped": clipped != values})
