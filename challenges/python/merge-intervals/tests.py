import random

from drill import case, generate

COMPARE = "close"
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _large():
    """50,000 shuffled intervals forming 2,500 separate blocks of 20 chained intervals each."""
    rng = random.Random(99)
    intervals = []
    for block in range(2_500):
        base = block * 1_000 - 2_000_000
        for i in range(20):
            start = base + 25 * i
            intervals.append((start, start + rng.randint(25, 60)))
    rng.shuffle(intervals)
    return intervals


CASES = [
    case([[1, 3], [8, 10], [2, 6], [15, 18]], expected=[[1, 6], [8, 10], [15, 18]], sample=True,
         name="worked example: unsorted input"),
    case([[5, 7], [1, 5]], expected=[[1, 7]], sample=True, name="touching intervals merge"),
    case([[1, 10], [2, 3], [4, 5]], expected=[[1, 10]], sample=True,
         name="intervals inside another keep the larger end"),
    case([], expected=[], name="empty input"),
    case([[4, 9]], expected=[[4, 9]], name="a single interval"),
    case([(3, 4), (1, 2)], expected=[[1, 2], [3, 4]],
         name="tuples in, lists out; 2 and 3 do not touch"),
    case([[3, 4], (1, 2), [2, 3]], expected=[[1, 4]],
         name="a mix of lists and tuples (sorting them without a key fails)"),
    case([[1, 3], [4, 6]], expected=[[1, 3], [4, 6]], name="a gap of 1 is still a gap"),
    case([[5, 5], [5, 5], [1, 5], [7, 7]], expected=[[1, 5], [7, 7]],
         name="zero-length intervals and duplicates"),
    case([[-10, -5], [-6, -1], [0, 0], [-1, 0]], expected=[[-10, 0]],
         name="negative values chain into one block"),
    case([[1, 4], [2, 3], [3, 8], [9, 10], [10, 12]], expected=[[1, 8], [9, 12]],
         name="a contained interval, then a touch"),
    case([[0.5, 1.25], [1.25, 2.0], [2.5, 3.5]], expected=[[0.5, 2.0], [2.5, 3.5]],
         name="float bounds"),
    case([[6, 8], [1, 9], [2, 4], [4, 7]], expected=[[1, 9]], name="the first by start covers all"),
    case([[i, i] for i in range(50, 0, -1)], expected=[[i, i] for i in range(1, 51)],
         name="50 separate points given in reverse order"),
    case([(i, i + 1) for i in range(50_000, 0, -1)], expected=[[1, 50_001]], time_limit=1.5,
         name="50,000 intervals in reverse order chaining into one"),
    case(_large(), time_limit=1.5,
         name="50,000 shuffled intervals, 2,500 blocks (O(n²) merging is too slow)"),
]


@generate(count=12, seed=8)
def random_intervals(rng):
    intervals = []
    for _ in range(rng.randint(0, 30)):
        start = rng.randint(-20, 40)
        iv = [start, start + rng.randint(0, 6)]
        intervals.append(tuple(iv) if rng.random() < 0.2 else iv)
    return case(intervals)
