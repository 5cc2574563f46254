import pandas as pd


def retention_table(orders):
    """Monthly cohort retention: one row per first-order month, the share of its users active k months later."""
    # your code here
    months = orders["ts"].dt.strftime("%Y-%m")
    users = orders.groupby(months)["user"].nunique()
    return pd.DataFrame({"cohort": users.index.astype("str"), "users": users.to_numpy(), "m0": 1.0})
