def fill_sensor_gaps(readings, limit=2):
    """Copy of readings with temp forward-filled per device in time order (at most `limit` in a row),
    a bool `filled` and `age_min`, the minutes since the reading each value comes from."""
    ordered = readings.sort_values(["device", "ts"], kind="stable")
    by_device = ordered.groupby("device")
    temp = by_device["temp"].ffill(limit=limit)                  # never crosses devices
    measured_at = ordered["ts"].where(ordered["temp"].notna())   # NaT where the reading was lost
    source = measured_at.groupby(ordered["device"]).ffill(limit=limit)
    age = (ordered["ts"] - source).dt.total_seconds() / 60
    # assign aligns on the index: the input order comes back
    return readings.assign(temp=temp, filled=temp.notna() & ordered["temp"].isna(), age_min=age)
