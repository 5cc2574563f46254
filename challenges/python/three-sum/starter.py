def three_sum(nums, target):
    """Every distinct [a, b, c] (a <= b <= c) of values at three different positions summing to target."""
    # your code here
    return []
