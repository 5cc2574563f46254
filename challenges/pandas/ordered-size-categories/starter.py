import pandas as pd

SIZES = ("XS", "S", "M", "L", "XL")


def size_report(orders, sizes=SIZES):
    """Per size, smallest first: order count, share of recognised orders, cumulative share, return rate."""
    # your code here
    grouped = orders.groupby("size")
    counts = grouped.size()
    share = counts / counts.sum()
    return pd.DataFrame({"size": counts.index, "orders": counts.to_numpy(), "share": share.to_numpy(),
                         "cum_share": share.cumsum().to_numpy(),
                         "return_rate": grouped["returned"].mean().to_numpy()})
