import pandas as pd


def sessionize(events, gap_minutes=30):
    """Copy of events with `session` (Int64): the per-user session number, 1 = earliest."""
    # your code here
    out = events.copy()
    out["session"] = pd.array([1] * len(out), dtype="Int64")
    return out
