import pandas as pd


def sessionize(events, gap_minutes=30):
    """Copy of events with `session` (Int64): the per-user session number, 1 = earliest."""
    timed = events[events["ts"].notna()]
    ordered = timed.sort_values(["user", "ts"], kind="stable")
    gap = ordered.groupby("user")["ts"].diff()               # NaT on each user's first event
    starts = gap.isna() | (gap > pd.Timedelta(minutes=gap_minutes))
    number = starts.groupby(ordered["user"]).cumsum()        # True counts as 1: 1, 1, 2, ...
    # assign aligns on the index: the input order comes back, rows without ts get <NA>
    return events.assign(session=number.astype("Int64"))
