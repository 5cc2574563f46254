def trailing_spend(tx, days=7):
    """Copy of tx with prior_count and prior_spend: the customer's transactions in [ts - days, ts)."""
    # your code here
    ordered = tx.sort_values("ts")
    spend = ordered["amount"].rolling(days, min_periods=1).sum()
    count = ordered["amount"].rolling(days, min_periods=1).count()
    return tx.assign(prior_count=count.astype("int64"), prior_spend=spend)
