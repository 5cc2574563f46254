import random

from drill import case, generate

COMPARE = "unordered"
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _random(seed, n, low, high):
    rng = random.Random(seed)
    return [rng.randint(low, high) for _ in range(n)]


CASES = [
    case([-1, 0, 1, 2, -1, -4], 0, expected=[[-1, -1, 2], [-1, 0, 1]], sample=True,
         name="worked example"),
    case([0, 0, 0, 0], 0, expected=[[0, 0, 0]], sample=True, name="one triplet, listed once"),
    case([1, 2, 3, 4, 5], 9, expected=[[1, 3, 5], [2, 3, 4]], sample=True, name="a non-zero target"),
    case([], 0, expected=[], name="empty list"),
    case([5, -5], 0, expected=[], name="only two numbers"),
    case([3, -1, -2], 0, expected=[[-2, -1, 3]], name="exactly three numbers that match"),
    case([1, 2, 3], 7, expected=[], name="three numbers that do not match"),
    case([1, -2], 0, expected=[], name="a value cannot be used twice from one position"),
    case([1, 1, -2], 0, expected=[[-2, 1, 1]], name="a value used twice because it occurs twice"),
    case([2, 2, 2, 2, 2], 6, expected=[[2, 2, 2]], name="all equal non-zero values"),
    case([-4, -1, -1, 0, 1, 2, 2, 3, -3], -3,
         expected=[[-4, -1, 2], [-4, 0, 1], [-3, -1, 1]],
         name="negative target"),
    case([10**6, -10**6, 0, 10**6, -10**6], 0, expected=[[-10**6, 0, 10**6]],
         name="extreme values"),
    case([0, -1, 2, -3, 1], 0, expected=[[-3, 1, 2], [-1, 0, 1]], name="unsorted input"),
    case(_random(1, 1_000, -10**6, 10**6), 0, time_limit=2.0,
         name="1,000 numbers in [-10⁶, 10⁶] (O(n³) is too slow)"),
    case(_random(2, 1_000, -60, 60), 7, time_limit=2.0,
         name="1,000 numbers with many repeats: each triplet once"),
    case([0] * 3_000 + [1, -1], 0, expected=[[-1, 0, 1], [0, 0, 0]], time_limit=2.0,
         name="3,000 zeros"),
]


@generate(count=14, seed=13)
def random_lists(rng):
    spread = rng.choice([3, 6, 20])
    nums = [rng.randint(-spread, spread) for _ in range(rng.randint(0, 30))]
    return case(nums, rng.randint(-spread, spread))
