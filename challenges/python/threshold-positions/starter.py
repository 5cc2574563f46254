def first_at_least(nums, queries):
    """For each query, the smallest index i with nums[i] >= query (len(nums) if none)."""
    # your code here: a binary search per query
    return [0 for _ in queries]
