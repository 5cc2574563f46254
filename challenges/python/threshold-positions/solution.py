def first_at_least(nums, queries):
    """For each query, the smallest index i with nums[i] >= query (len(nums) if none)."""
    answers = []
    for q in queries:
        lo, hi = 0, len(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] < q:
                lo = mid + 1
            else:
                hi = mid
        answers.append(lo)
    return answers
