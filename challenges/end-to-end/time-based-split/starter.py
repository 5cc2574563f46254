
def time_split(frame, time_col, cutoff, gap="0D", horizon=None, label_time_col=None):
    """Train on rows before cutoff - gap whose labels are known by the cutoff; test on
    [cutoff, cutoff + horizon). Both sorted by time (stable), original index kept."""
    # your code here: for now, the first 80% of rows train and the rest test (ignores time)
    n_train = int(len(frame) * 0.8)
    return frame.iloc[:n_train], frame.iloc[n_train:]
