import random

from drill import case, generate

COMPARE = "exact"
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _chain(n):
    """A single path 0-1-2-...-(n-1), edges shuffled and half of them reversed."""
    rng = random.Random(12)
    edges = [(i, i + 1) if rng.random() < 0.5 else (i + 1, i) for i in range(n - 1)]
    rng.shuffle(edges)
    return edges


def _random_big():
    rng = random.Random(31)
    n = 200_000
    return n, [(rng.randrange(n), rng.randrange(n)) for _ in range(120_000)]


CASES = [
    case(6, [(0, 1), (1, 2), (4, 3)], expected=3, sample=True, name="worked example"),
    case(4, [], expected=4, sample=True, name="no edges: every record alone"),
    case(3, [(0, 1), (1, 2), (2, 0)], expected=1, sample=True, name="a cycle is one component"),
    case(0, [], expected=0, name="no records"),
    case(1, [], expected=1, name="a single record"),
    case(1, [(0, 0)], expected=1, name="a single record linked to itself"),
    case(2, [], expected=2, name="two unlinked records"),
    case(2, [(1, 0)], expected=1, name="two records, one backwards edge"),
    case(3, [(0, 1), (0, 1), (1, 0)], expected=2, name="repeated edges in both directions"),
    case(5, [(2, 2), (3, 3)], expected=5, name="self-loops change nothing"),
    case(5, [[0, 4], [4, 1]], expected=3, name="edges given as lists"),
    case(7, [(6, 5), (4, 5), (0, 3), (3, 1)], expected=3, name="edges out of order"),
    case(8, [(0, 7)], expected=7, name="first and last linked"),
    case(200_000, _chain(200_000), expected=1, time_limit=3.0,
         name="a chain of 200,000 records (recursive DFS overflows)"),
    case(*_random_big(), time_limit=3.0, name="200,000 records, 120,000 random links"),
]


@generate(count=20, seed=5)
def random_graphs(rng):
    n = rng.randint(0, 12)
    edges = []
    if n:
        for _ in range(rng.randint(0, 12)):
            edge = (rng.randrange(n), rng.randrange(n))
            edges.append(list(edge) if rng.random() < 0.2 else edge)
    return case(n, edges)
