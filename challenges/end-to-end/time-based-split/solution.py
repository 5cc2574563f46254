import pandas as pd


def time_split(frame, time_col, cutoff, gap="0D", horizon=None, label_time_col=None):
    """Train on rows before cutoff - gap whose labels are known by the cutoff; test on
    [cutoff, cutoff + horizon). Both sorted by time (stable), original index kept."""
    cutoff = pd.Timestamp(cutoff)
    gap = pd.Timedelta(gap)
    ordered = frame.sort_values(time_col, kind="stable")
    t = ordered[time_col]
    in_train = t < cutoff - gap
    if label_time_col is not None:
        in_train &= ordered[label_time_col] < cutoff  # NaT: the label is not known yet
    in_test = t >= cutoff
    if horizon is not None:
        in_test &= t < cutoff + pd.Timedelta(horizon)
    return ordered[in_train], ordered[in_test]
