import pandas as pd


def localize_orders(orders):
    """Copy of orders with each order's wall-clock time in its store's time zone (DST-aware)."""
    # your code here
    local = pd.to_datetime(orders["ts"], utc=True, format="ISO8601").dt.tz_localize(None)
    return orders.assign(local_time=local, local_date=local.dt.normalize(),
                         local_hour=local.dt.hour.astype("int64"), is_weekend=local.dt.dayofweek >= 5)
