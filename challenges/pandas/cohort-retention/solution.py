import numpy as np
import pandas as pd


def retention_table(orders):
    """Monthly cohort retention: one row per first-order month, the share of its users active k months later."""
    timed = orders[orders["ts"].notna()]
    if timed.empty:
        return pd.DataFrame({"cohort": pd.Series(dtype="str"), "users": pd.Series(dtype="int64")})
    month = timed["ts"].dt.year * 12 + timed["ts"].dt.month - 1        # months since year 0
    cohort = month.groupby(timed["user"]).transform("min")
    active = pd.DataFrame({"user": timed["user"], "cohort": cohort, "offset": month - cohort})
    active = active.drop_duplicates()                                   # a user counts once a month
    counts = active.groupby(["cohort", "offset"]).size().unstack(fill_value=0)
    horizon = int(month.max() - counts.index.min())
    counts = counts.reindex(columns=range(horizon + 1), fill_value=0)
    sizes = counts[0]
    share = counts.div(sizes, axis=0)
    # months after the last month in the data have not happened yet: unknown, not 0
    unobserved = np.arange(horizon + 1)[None, :] > (month.max() - counts.index.to_numpy())[:, None]
    share = share.mask(unobserved)
    labels = [f"{c // 12:04d}-{c % 12 + 1:02d}" for c in counts.index]
    out = pd.DataFrame({"cohort": pd.Series(labels, dtype="str"), "users": sizes.to_numpy(dtype="int64")})
    for k in range(horizon + 1):
        out[f"m{k}"] = share[k].to_numpy(dtype="float64")
    return out
