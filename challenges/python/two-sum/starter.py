def two_sum(nums, target):
    """Return [i, j] with i < j and nums[i] + nums[j] == target, or [] if there is none."""
    # your code here
    return []
