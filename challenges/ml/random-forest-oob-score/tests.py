import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "close", "rel_tol": 1e-12, "abs_tol": 1e-12}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs
NAN = float("nan")

EX_P = np.array([[0, 1, 1, 0, 1], [0, 0, 1, 1, 1], [1, 1, 0, 0, 0]])
EX_B = np.array([[0, 0, 2, 3, 3], [1, 2, 2, 4, 4], [0, 1, 2, 3, 4]])
EX_Y = np.array([0, 1, 1, 0, 0])


def _forest(seed, n, n_trees, n_classes=3, skill=0.7, bag=None):
    """Bootstrap bags and per-tree predictions that are right with probability `skill`."""
    g = np.random.default_rng(seed)
    y = g.integers(0, n_classes, n)
    bags = g.integers(0, n, size=(n_trees, bag or n))
    wrong = g.integers(0, n_classes, size=(n_trees, n))
    P = np.where(g.random((n_trees, n)) < skill, y, wrong)
    return P, bags, y


CASES = [
    case(EX_P, EX_B, EX_Y, expected=0.5, sample=True,
         name="worked example: sample 2 is in every bag and is skipped"),
    case(np.array([[2, 0], [0, 0], [1, 1]]), np.array([[1, 1], [1, 1], [0, 0]]), np.array([0, 1]),
         expected=1.0, sample=True, name="a 1-1 tie between labels 2 and 0: the smaller label wins"),
    case(np.array([[1, 0, 1]]), np.array([[0, 1, 2]]), np.array([1, 0, 1]), expected=NAN, sample=True,
         name="no sample is out of bag for any tree: NaN"),
    case(np.array([[0, 0, 0], [1, 1, 1], [1, 1, 1], [0, 0, 0]]), np.array([[2, 2, 2]] * 4),
         np.array([1, 0, 1]), expected=0.5,
         name="2-2 ties on samples 0 and 1: label 0 wins both"),
    case(np.array([[-1, 2], [2, -1]]), np.array([[1, 1], [0, 0]]), np.array([-1, -1]), expected=1.0,
         name="negative labels: -1 is the smallest"),
    case(np.array([[5, 5, 5, 5], [5, 5, 5, 5], [7, 7, 7, 7]]), np.array([[3, 3, 3, 3]] * 3),
         np.array([5, 7, 7, 5]), expected=1 / 3, name="majority of three votes (the first tree is outvoted)"),
    case(np.array([["cat", "dog", "dog"], ["dog", "dog", "cat"]]), np.array([[1, 1, 1], [2, 2, 2]]),
         np.array(["cat", "dog", "bird"]), expected=2 / 3,
         name="string labels, a cat-dog tie, a label only in y"),
    case(np.array([[0, 1, 0, 1]]), np.array([[0, 0, 0, 0]]), np.array([1, 1, 1, 1]), expected=2 / 3,
         name="one tree"),
    case(np.array([[3]]), np.array([[0]]), np.array([3]), expected=NAN, name="one sample: always in the bag"),
    case(np.array([[1, 0], [1, 1]]), np.array([[0, 0], [1, 1]]), np.array([1, 1]), expected=0.5,
         name="two samples"),
    case(*_forest(1, 50, 8, bag=10), name="bags of 10 draws from 50 samples (max_samples)"),
    case(*_forest(2, 5000, 200, n_classes=4), time_limit=3.0, name="200 trees x 5,000 samples"),
]


@generate(count=12, seed=83)
def random_forests(rng):
    g = numpy_rng(rng)
    n = rng.randint(1, 30)
    return case(*_forest(int(g.integers(2**32)), n, rng.randint(1, 12), n_classes=rng.randint(1, 4),
                         skill=rng.choice([0.0, 0.5, 0.9]), bag=rng.choice([None, max(1, n // 2)])))
