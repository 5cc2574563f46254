import heapq


def running_medians(values):
    """The median of values[:i + 1] for every i, as floats."""
    low = []  # max-heap of the smaller half, as negated values
    high = []  # min-heap of the larger half
    medians = []
    for x in values:
        heapq.heappush(low, -x)
        heapq.heappush(high, -heapq.heappop(low))
        if len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        if len(low) > len(high):
            medians.append(float(-low[0]))
        else:
            medians.append(_mean(-low[0], high[0]))
    return medians


def _mean(a, b):
    m = (a + b) / 2
    if m in (float("inf"), float("-inf")):
        m = a / 2 + b / 2
    return m
