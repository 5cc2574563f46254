def merge_intervals(intervals):
    """Merge overlapping or touching closed intervals; return [start, end] lists sorted by start."""
    # your code here
    return [list(iv) for iv in intervals]
