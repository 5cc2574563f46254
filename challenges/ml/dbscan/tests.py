import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "ndarray", "dtype": "kind"}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _blobs(seed, sizes, spread=0.3, noise=0, d=2, box=10.0):
    g = np.random.default_rng(seed)
    parts = [g.normal(g.uniform(-box, box, d), spread, size=(m, d)) for m in sizes]
    parts.append(g.uniform(-2 * box, 2 * box, size=(noise, d)))
    X = np.concatenate(parts)
    return X[g.permutation(len(X))]


def _line(*xs):
    return np.array([[float(x), 0.0] for x in xs])


EXAMPLE = _line(0, 1, 2, 3.2, 10, 11, 12, 20)
FIVE = np.array([[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0.5], [9, 9], [9, 10], [10, 9], [10, 10],
                 [9.5, 9.5], [5, 5], [-8, 3]])
# a border point (2.0) within eps = 1 of a core point of each cluster; the right-hand cluster
# comes first in the input, so it is found first and keeps the border point
SHARED = _line(3.0, 3.4, 3.7, 4.0, 0.0, 0.3, 0.6, 1.0, 2.0)

CASES = [
    case(EXAMPLE, 1.25, 3, expected=np.array([0, 0, 0, 0, 1, 1, 1, -1]), sample=True,
         name="worked example: a border point, two clusters, one noise point"),
    case(FIVE, 1.0, expected=np.array([0] * 5 + [1] * 5 + [-1, -1]), sample=True,
         name="two squares of 5 points (min_samples defaults to 5)"),
    case(np.array([[0.0, 0.0], [3.0, 4.0], [6.0, 8.0]]), 5.0, 2, expected=np.array([0, 0, 0]),
         sample=True, name="distance exactly eps counts as a neighbour"),
    case(SHARED, 1.0, 4, expected=np.array([0, 0, 0, 0, 1, 1, 1, 1, 0]),
         name="a border point reachable from two clusters belongs to the first one found"),
    case(SHARED[::-1].copy(), 1.0, 4, expected=np.array([0, 0, 0, 0, 0, 1, 1, 1, 1]),
         name="the same points reversed: the first point is a border point"),
    case(_line(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), 1.0, 3, expected=np.zeros(10, dtype=int),
         name="a chain: density-reachable through many core points"),
    case(_line(0, 1, 2, 10, 11, 12, 30), 1.0, 3, expected=np.array([0, 0, 0, 1, 1, 1, -1]),
         name="exactly min_samples neighbours (itself included) make a core point"),
    case(_line(0, 1, 2, 10, 11, 12, 30), 1.0, 4, expected=np.full(7, -1),
         name="one neighbour short of min_samples: all noise"),
    case(_line(0, 5, 5.5, 20), 1.0, 1, expected=np.array([0, 1, 1, 2]),
         name="min_samples = 1: every point is core, isolated points are clusters of one"),
    case(np.array([[2.0, 3.0]]), 0.5, 1, expected=np.array([0]), name="one point, min_samples = 1"),
    case(np.array([[2.0, 3.0]]), 0.5, expected=np.array([-1]), name="one point, default min_samples"),
    case(np.array([[0.0, 0.0], [0.1, 0.0]]), 0.2, 2, expected=np.array([0, 0]), name="two points"),
    case(np.zeros((0, 2)), 1.0, expected=np.zeros(0, dtype=int), name="no points"),
    case(np.tile([[1.5, -2.0]], (6, 1)), 1e-9, expected=np.zeros(6, dtype=int),
         name="six identical points: distance 0, one cluster"),
    case(np.array([[0, 0], [0, 1], [1, 0], [1, 1], [3, 3], [3, 4], [4, 3], [4, 4]]), 1, 3,
         expected=np.array([0, 0, 0, 0, 1, 1, 1, 1]),
         name="integer grid points, eps an int: the diagonal (1.41) is too far"),
    case(_blobs(1, [20, 25], noise=5) * 1e100, 1e100, 4,
         name="coordinates near 1e100: squared distances near 1e200"),
    case(_blobs(2, [20, 25], noise=5) * 1e-100, 1e-100, 4,
         name="coordinates near 1e-100: squared distances near 1e-200"),
    case(_blobs(3, [15, 15, 15], noise=6, d=3), 0.8, 4, name="three blobs in 3-D"),
    case(np.array([[0.0], [0.4], [0.8], [5.0], [5.5], [6.0], [9.0]]), 0.5, 3,
         expected=np.array([0, 0, 0, 1, 1, 1, -1]), name="one feature"),
    case(_blobs(4, [1500, 1500], spread=1.0, noise=200), 0.4, 8, time_limit=3.0,
         name="3,200 points: a neighbour list per point, not a Python double loop"),
]


@generate(count=12, seed=41)
def random_blobs(rng):
    g = numpy_rng(rng)
    sizes = [rng.randint(1, 15) for _ in range(rng.randint(1, 4))]
    X = _blobs(int(g.integers(2**32)), sizes, spread=rng.choice([0.2, 0.5, 1.0]),
               noise=rng.randint(0, 6), d=rng.randint(1, 3), box=5.0)
    eps = rng.choice([0.3, 0.6, 1.0, 2.0])
    if rng.random() < 0.3:
        return case(X, eps)
    return case(X, eps, rng.randint(1, 6))
