def two_sum(nums, target):
    """Return [i, j] with i < j and nums[i] + nums[j] == target, or [] if there is none."""
    first_index = {}
    for j, x in enumerate(nums):
        i = first_index.get(target - x)
        if i is not None:
            return [i, j]
        first_index.setdefault(x, j)
    return []
