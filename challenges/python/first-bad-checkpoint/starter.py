def first_bad(n, is_bad):
    """The smallest i in range(n) with is_bad(i) true (is_bad is monotone), or -1 if none."""
    # your code here: a linear scan is correct but far too many evaluations
    for i in range(n):
        if is_bad(i):
            return i
    return -1
