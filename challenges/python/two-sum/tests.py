from drill import case, generate

COMPARE = "exact"
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

CASES = [
    case([2, 7, 11, 15], 9, expected=[0, 1], sample=True),
    case([3, 2, 4], 6, expected=[1, 2], sample=True),
    case([1, 2, 3], 7, expected=[], sample=True, name="no pair"),
    case([], 0, expected=[], name="empty list"),
    case([5], 10, expected=[], name="single element cannot pair with itself"),
    case([3, 3], 6, expected=[0, 1], name="equal values"),
    case([-4, 9, 0, -1, 4], 0, expected=[0, 4], name="negatives and zero"),
    case([1, 5, 5, 1], 6, expected=[0, 1], name="smallest second index wins"),
    case([0, 4, 3, 0], 0, expected=[0, 3], name="zeros"),
    case(list(range(200_000)), 399_997, expected=[199_998, 199_999], time_limit=1.0,
         name="200,000 numbers (a quadratic scan is too slow)"),
]


@generate(count=12, seed=2024)
def random_lists(rng):
    n = rng.randint(2, 60)
    nums = [rng.randint(-30, 30) for _ in range(n)]
    target = rng.choice([nums[rng.randrange(n)] + nums[rng.randrange(n)], rng.randint(-60, 60)])
    return case(nums, target)
