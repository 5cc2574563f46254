def merge_streams(lists, limit=None):
    """Merge sorted lists into one sorted list; stop after `limit` values if given."""
    # your code here
    merged = []
    for lst in lists:
        merged.extend(lst)
    return merged
