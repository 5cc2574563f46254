import pandas as pd


def localize_orders(orders):
    """Copy of orders with each order's wall-clock time in its store's time zone (DST-aware)."""
    utc = pd.to_datetime(orders["ts"], utc=True, format="ISO8601")   # mixed offsets -> one UTC column
    parts = [rows.dt.tz_convert(tz).dt.tz_localize(None)               # wall time, then drop the zone
             for tz, rows in utc.groupby(orders["store_tz"])]
    if parts:
        local = pd.concat(parts)            # grouped order; assign below aligns on the index
    else:
        local = pd.Series(pd.NaT, index=orders.index, dtype="datetime64[us]")
    return orders.assign(local_time=local, local_date=local.dt.normalize(),
                         local_hour=local.dt.hour, is_weekend=local.dt.dayofweek >= 5)
