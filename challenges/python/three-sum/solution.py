def three_sum(nums, target):
    """Every distinct [a, b, c] (a <= b <= c) of values at three different positions summing to target."""
    values = sorted(nums)
    n = len(values)
    triplets = []
    for i in range(n - 2):
        a = values[i]
        if i > 0 and a == values[i - 1]:
            continue  # the same smallest value gives the same triplets
        lo, hi = i + 1, n - 1
        need = target - a
        while lo < hi:
            s = values[lo] + values[hi]
            if s < need:
                lo += 1
            elif s > need:
                hi -= 1
            else:
                b, c = values[lo], values[hi]
                triplets.append([a, b, c])
                while lo < hi and values[lo] == b:
                    lo += 1
                while lo < hi and values[hi] == c:
                    hi -= 1
    return triplets
