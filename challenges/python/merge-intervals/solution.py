def merge_intervals(intervals):
    """Merge overlapping or touching closed intervals; return [start, end] lists sorted by start."""
    merged = []
    for start, end in sorted(intervals, key=lambda iv: iv[0]):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    return merged
