import random

from drill import case, generate

COMPARE = "exact"
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _large():
    """100,000 sorted values with many duplicates and 50,000 queries spread over and past them."""
    rng = random.Random(13)
    nums = sorted(rng.randint(-1_000_000, 1_000_000) for _ in range(100_000))
    queries = [rng.randint(-1_100_000, 1_100_000) for _ in range(49_990)]
    queries += [nums[0], nums[-1], nums[50_000], -2_000_000, 2_000_000] * 2
    return nums, queries


CASES = [
    case([1, 3, 3, 5, 8], [3, 0, 4, 9, 8], expected=[1, 0, 3, 5, 4], sample=True,
         name="worked example"),
    case([2, 4, 6], [5, 1, 7], expected=[2, 0, 3], sample=True,
         name="between, below and above every element"),
    case([], [1, -1, 0], expected=[0, 0, 0], sample=True, name="empty nums: always 0"),
    case([1, 2, 3], [], expected=[], name="no queries"),
    case([5], [4, 5, 6], expected=[0, 0, 1], name="a single element: below, equal, above"),
    case([5, 7], [5, 6, 7, 8, 4], expected=[0, 1, 1, 2, 0], name="two elements"),
    case([2, 2, 2, 2, 2], [2, 1, 3], expected=[0, 0, 5],
         name="all equal: the first of the run, not the last"),
    case([1, 3, 3, 3, 3, 3, 7], [3, 4, 7, 3], expected=[1, 6, 6, 1],
         name="a long run of duplicates in the middle; repeated queries"),
    case([-5.5, -1, 0, 0.25, 2.5], [-6, -5.5, -0.5, 0.25, 0.3, 2.5, 2.51],
         expected=[0, 0, 2, 3, 4, 4, 5], name="negatives and floats mixed with ints"),
    case([1.0, 2, 3.0], [2.0, 3, 1], expected=[1, 2, 0], name="an int query equal to a float element"),
    case(list(range(0, 40, 2)), [19, 20, 21, 38, 39, 0, -1],
         expected=[10, 10, 11, 19, 20, 0, 0], name="even numbers: odd and even queries"),
    case(list(range(1, 1_001)), [1_000, 1_001, 1, 500],
         expected=[999, 1_000, 0, 499], name="the last element and just past it"),
    case(*_large(), time_limit=4.0,
         name="100,000 elements and 50,000 queries (a linear scan per query is too slow)"),
]


@generate(count=16, seed=21)
def random_sorted(rng):
    nums = sorted(rng.randint(-10, 10) for _ in range(rng.randint(0, 12)))
    queries = [rng.randint(-12, 12) for _ in range(rng.randint(0, 10))]
    return case(nums, queries)
