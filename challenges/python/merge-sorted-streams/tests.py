import random

from drill import case, generate

COMPARE = "exact"
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _large():
    """5,000 sorted lists of 40 values each: 200,000 values with many ties."""
    rng = random.Random(5)
    return [sorted(rng.randint(-50_000, 50_000) for _ in range(40)) for _ in range(5_000)]


CASES = [
    case([[1, 4, 9], [2, 2, 10], [], [3]], expected=[1, 2, 2, 3, 4, 9, 10], sample=True,
         name="worked example"),
    case([[1, 4, 9], [2, 2, 10], [], [3]], 3, expected=[1, 2, 2], sample=True,
         name="worked example with limit=3"),
    case([[5, 6], [1, 2, 3]], expected=[1, 2, 3, 5, 6], sample=True,
         name="one list entirely before the other"),
    case([], expected=[], name="no lists"),
    case([[], [], []], expected=[], name="only empty lists"),
    case([[7]], expected=[7], name="a single list of one value"),
    case([[3], [1]], expected=[1, 3], name="two lists of one value"),
    case([[1, 2, 3]], 0, expected=[], name="limit=0 returns nothing"),
    case([[1, 2], [0]], 10, expected=[0, 1, 2], name="limit larger than the total"),
    case([[1, 2], [0, 5]], 4, expected=[0, 1, 2, 5], name="limit equal to the total"),
    case([[2, 2, 2], [2, 2], [1, 2]], kwargs={"limit": 4}, expected=[1, 2, 2, 2],
         name="many ties across lists, limit as keyword"),
    case([[-3.5, -1, 0], [-2, 0.5], [-10]], expected=[-10, -3.5, -2, -1, 0, 0.5],
         name="negatives and floats mixed with ints"),
    case([[1, 1, 1], [1, 1]], expected=[1, 1, 1, 1, 1], name="all values equal"),
    case([[i] for i in range(30, 0, -1)], 5, expected=[1, 2, 3, 4, 5],
         name="30 single-value lists given in reverse order"),
    case([list(range(0, 100, 3)), list(range(1, 100, 3)), list(range(2, 100, 3))],
         expected=list(range(100)), name="three interleaved lists"),
    case(_large(), time_limit=4.0,
         name="5,000 lists, 200,000 values (scanning every head per value is too slow)"),
    case(_large(), 100, time_limit=4.0, name="5,000 lists with limit=100"),
]


@generate(count=16, seed=33)
def random_streams(rng):
    lists = [sorted(rng.randint(-9, 9) for _ in range(rng.randint(0, 6)))
             for _ in range(rng.randint(0, 6))]
    if rng.random() < 0.5:
        return case(lists, rng.randint(0, 12))
    return case(lists)
