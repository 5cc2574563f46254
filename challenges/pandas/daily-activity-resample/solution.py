import pandas as pd

COLUMNS = ["user", "date", "weekday", "events", "night_events"]


def daily_activity(events):
    """One row per user per day from their first to their last active day, gaps filled with 0."""
    ts = pd.to_datetime(events["ts"], format="ISO8601", errors="coerce")  # " " or "T" mixed
    ok = ts.notna() & events["user"].notna()
    if not ok.any():
        return pd.DataFrame(columns=COLUMNS)
    ts = ts[ok]
    rows = pd.DataFrame({
        "user": events["user"][ok],
        "date": ts.dt.normalize(),
        "events": 1,
        "night_events": (ts.dt.hour < 6).astype("int64"),
    })
    daily = (
        rows.set_index("date")
        .groupby("user")[["events", "night_events"]]
        .resample("D")          # every day from the user's first to last day; empty days sum to 0
        .sum()
        .reset_index()
    )
    daily["weekday"] = daily["date"].dt.weekday
    return daily[COLUMNS]
