import random

from drill import case, generate

COMPARE = "exact"
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

EXAMPLE = ["..#.", ".##.", "...."]


def _serpentine(n):
    """An n x n maze of full-width walls with alternating gaps: the path snakes through all rows."""
    rows = []
    for r in range(n):
        if r % 2 == 0:
            rows.append("." * n)
        elif r % 4 == 1:
            rows.append("#" * (n - 1) + ".")
        else:
            rows.append("." + "#" * (n - 1))
    return rows


def _open_with_noise(n, seed):
    rng = random.Random(seed)
    return ["".join("#" if rng.random() < 0.25 else "." for _ in range(n)) for _ in range(n)]


BIG = _open_with_noise(400, 1)
BIG[0] = "." + BIG[0][1:]
BIG[-1] = BIG[-1][:-1] + "."

CASES = [
    case(EXAMPLE, (0, 0), (0, 3), expected=7, sample=True, name="worked example"),
    case(["..", ".."], (0, 0), (1, 1), expected=2, sample=True, name="open 2 x 2 grid"),
    case([".#.", "###", "..."], (0, 0), (2, 2), expected=-1, sample=True, name="walled off: -1"),
    case(["."], (0, 0), (0, 0), expected=0, name="a single free cell, start == goal"),
    case(["#"], (0, 0), (0, 0), expected=-1, name="a single shelf cell"),
    case(["..", ".."], (1, 0), (1, 0), expected=0, name="start == goal in a bigger grid"),
    case([".#"], (0, 0), (0, 1), expected=-1, name="the goal is a shelf"),
    case(["#."], (0, 0), (0, 1), expected=-1, name="the start is a shelf"),
    case([".."], (0, 1), (0, 0), expected=1, name="one row, two cells, moving left"),
    case([".", "."], (1, 0), (0, 0), expected=1, name="one column, two cells, moving up"),
    case(["....#", "###.#", "....#", ".####", "....."], (0, 0), (4, 4), expected=14,
         name="a corridor that doubles back"),
    case(["...", ".#.", "..."], (0, 1), (2, 1), expected=4, name="around a central shelf"),
    case(["#..", "...", "..#"], (0, 2), (2, 0), expected=4,
         name="no wrap-around: negative indices must not reach the other side"),
    case([".#..", ".#..", "...."], (0, 0), (0, 2), expected=6, name="non-square grid, rows vs cols"),
    case(["." * 400 for _ in range(400)], (0, 0), (399, 399), expected=798, time_limit=3.0,
         name="open 400 x 400 grid, corner to corner"),
    case(_serpentine(399), (0, 0), (398, 0), time_limit=3.0,
         name="399 x 399 serpentine maze (80,000-step path)"),
    case(BIG, (0, 0), (399, 399), time_limit=3.0, name="400 x 400 grid with 25% random shelves"),
]


@generate(count=16, seed=64)
def random_grids(rng):
    rows, cols = rng.randint(1, 7), rng.randint(1, 7)
    grid = ["".join("#" if rng.random() < 0.3 else "." for _ in range(cols)) for _ in range(rows)]
    start = (rng.randrange(rows), rng.randrange(cols))
    goal = (rng.randrange(rows), rng.randrange(cols))
    return case(grid, start, goal)
