import pandas as pd

SIZES = ("XS", "S", "M", "L", "XL")


def size_report(orders, sizes=SIZES):
    """Per size, smallest first: order count, share of recognised orders, cumulative share, return rate."""
    cleaned = orders["size"].str.strip().str.upper()
    size = pd.Series(pd.Categorical(cleaned, categories=list(sizes), ordered=True), index=orders.index)
    grouped = orders["returned"].groupby(size, observed=False)   # every size, even unseen
    counts = grouped.size()
    share = counts / counts.sum()
    return pd.DataFrame({"size": counts.index, "orders": counts.to_numpy(dtype="int64"),
                         "share": share.to_numpy(), "cum_share": share.cumsum().to_numpy(),
                         "return_rate": grouped.mean().to_numpy()})
