import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "ndarray", "dtype": "kind"}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

EX = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [10.0, 10.0], [11.0, 10.0], [-10.0, 5.0]])


def _blobs(seed, n, d, centres=4, spread=1.0, shift=0.0, scale=1.0):
    g = np.random.default_rng(seed)
    mids = g.uniform(-10, 10, size=(centres, d))
    return (mids[g.integers(0, centres, n)] + g.normal(0, spread, (n, d)) + shift) * scale


CASES = [
    case(EX, 3, expected=np.array([5, 2, 3]), sample=True, name="worked example (seed defaults to 0)"),
    case(EX, 3, 7, expected=np.array([5, 4, 2]), sample=True, name="seed 7"),
    case(EX, 1, expected=np.array([5]), sample=True, name="k = 1: only the uniform first draw"),
    case(EX, 6, 3, name="k = n: every row once, in the order drawn"),
    case(np.array([[4.0, 4.0]]), 1, 11, expected=np.array([0]), name="one point"),
    case(np.array([[0.0], [1.0]]), 2, 5, name="two points: the second is forced"),
    case(np.array([[1.0, 1.0]] * 5 + [[2.0, 2.0]] * 3 + [[9.0, 0.0]]), 3, 2,
         name="duplicates: a point equal to a chosen centre has probability 0"),
    case(np.array([[0.0, 0.0]] * 50 + [[1.0, 0.0]]), 2, 1,
         name="many duplicates: the one distinct point is always the second centre"),
    case(np.array([[0], [1], [3], [7], [15], [31]]), 4, 9, name="integer coordinates, one feature"),
    case(_blobs(1, 200, 3, shift=1e8), 5, 21,
         name="points near 1e8: |x|² + |c|² − 2x·c cancels, differences do not"),
    case(_blobs(2, 200, 3, scale=1e100), 5, 22, name="coordinates near 1e100"),
    case(_blobs(3, 200, 3, scale=1e-100), 5, 23, name="coordinates near 1e-100"),
    case(_blobs(4, 60, 40, centres=6), 6, 24, name="40 features"),
    case(_blobs(5, 200_000, 4, centres=20), 20, 25, time_limit=2.0,
         name="200,000 points, k = 20: vectorise the distances"),
]


@generate(count=12, seed=71)
def random_points(rng):
    g = numpy_rng(rng)
    n, d = rng.randint(1, 40), rng.randint(1, 4)
    X = _blobs(int(g.integers(2**32)), n, d, centres=rng.randint(1, 5), spread=rng.choice([0.1, 1.0, 5.0]))
    k = rng.randint(1, n)
    if rng.random() < 0.3:
        return case(X, k)
    return case(X, k, rng.randrange(10_000))
