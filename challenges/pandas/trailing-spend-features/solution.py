import pandas as pd


def trailing_spend(tx, days=7):
    """Copy of tx with prior_count and prior_spend: the customer's transactions in [ts - days, ts)."""
    ordered = tx.sort_values(["customer", "ts"], kind="stable")
    window = ordered.groupby("customer").rolling(pd.Timedelta(days=days), on="ts", closed="left")["amount"]
    # the groups come out in sorted customer order, each in time order: exactly the order of `ordered`
    count = pd.Series(window.count().to_numpy(), index=ordered.index)
    spend = pd.Series(window.sum().to_numpy(), index=ordered.index)
    return tx.assign(prior_count=count.fillna(0).astype("int64"), prior_spend=spend.fillna(0.0))
