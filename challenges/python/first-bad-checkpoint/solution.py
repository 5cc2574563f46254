def first_bad(n, is_bad):
    """The smallest i in range(n) with is_bad(i) true (is_bad is monotone), or -1 if none."""
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        if is_bad(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo if lo < n else -1
