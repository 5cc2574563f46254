import heapq


def merge_streams(lists, limit=None):
    """Merge sorted lists into one sorted list; stop after `limit` values if given."""
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    merged = []
    while heap:
        if limit is not None and len(merged) >= limit:
            break
        value, i, pos = heapq.heappop(heap)
        merged.append(value)
        nxt = pos + 1
        if nxt < len(lists[i]):
            heapq.heappush(heap, (lists[i][nxt], i, nxt))
    return merged
