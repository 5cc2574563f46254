import pandas as pd


def daily_activity(events):
    """One row per user per day from their first to their last active day, gaps filled with 0."""
    # your code here
    return pd.DataFrame(columns=["user", "date", "weekday", "events", "night_events"])
