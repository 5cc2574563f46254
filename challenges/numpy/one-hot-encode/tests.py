import numpy as np

from drill import case, generate

COMPARE = {"name": "ndarray", "dtype": "kind"}  # integer of any width; 0/1 compared exactly
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _large():
    g = np.random.default_rng(2024)
    classes = g.permutation(np.arange(-10, 40))  # 50 classes in a shuffled order
    labels = g.integers(-15, 45, size=200_000)  # about 1 in 6 unseen
    return labels, classes


CASES = [
    case(np.array(["red", "blue", "red", "pink"]), np.array(["red", "green", "blue"]),
         expected=np.array([[1, 0, 0], [0, 0, 1], [1, 0, 0], [0, 0, 0]]), sample=True,
         name="worked example: an unseen label and an unused class"),
    case(np.array([3.0, np.nan, 1.0]), np.array([1, 2, 3]),
         expected=np.array([[0, 0, 1], [0, 0, 0], [1, 0, 0]]), sample=True,
         name="float labels with NaN against integer classes"),
    case(np.array([2, 0, 1, 2]), np.array([2, 1, 0]),
         expected=np.array([[1, 0, 0], [0, 0, 1], [0, 1, 0], [1, 0, 0]]), sample=True,
         name="columns follow the given class order, not sorted order"),
    case(np.array([], dtype=np.int64), np.array([5, 6]), expected=np.zeros((0, 2), dtype=np.int64),
         name="no labels: shape (0, 2)"),
    case(np.array(["a", "b"]), np.array([], dtype="<U1"), expected=np.zeros((2, 0), dtype=np.int64),
         name="no classes: shape (2, 0)"),
    case(np.array([7, 8, 9]), np.array([1, 2]), expected=np.zeros((3, 2), dtype=np.int64),
         name="every label unseen: all-zero rows"),
    case(np.array([99, -1, 50]), np.array([10, 20, 30]), expected=np.zeros((3, 3), dtype=np.int64),
         name="unseen labels beyond both ends of the class range"),
    case(np.array(["Red", "red", "RED"]), np.array(["red"]), expected=np.array([[0], [1], [0]]),
         name="strings are case-sensitive"),
    case(np.array([True, False, True]), np.array([False, True]),
         expected=np.array([[0, 1], [1, 0], [0, 1]]), name="bool labels"),
    case(np.array([-3, 0, -3, 5], dtype=np.int32), np.array([0, -3], dtype=np.int64),
         expected=np.array([[0, 1], [1, 0], [0, 1], [0, 0]]), name="int32 labels, negative and zero classes"),
    case(np.array([2.5, 2.0, np.nan, np.nan]), np.array([2.0, 3.0]),
         expected=np.array([[0, 0], [1, 0], [0, 0], [0, 0]]), name="2.5 is not 2: exact equality"),
    case(np.array(["x", "y", "x"], dtype=object), np.array(["y", "x"]),
         expected=np.array([[0, 1], [1, 0], [0, 1]]), name="labels as an object array of str"),
    case(np.array(["cat"]), np.array(["dog", "cat", "catfish"]), expected=np.array([[0, 1, 0]]),
         name="a single label; a class that only starts like it does not match"),
    case(*_large(), time_limit=1.5, name="200,000 labels, 50 shuffled classes, within 1.5 s"),
]


@generate(count=10, seed=31)
def random_labels(rng):
    g = np.random.default_rng(rng.randrange(2**32))
    n, c = rng.randint(0, 40), rng.randint(1, 8)
    if rng.random() < 0.5:
        pool = np.array(["apple", "pear", "fig", "kiwi", "plum", "lime", "date", "yuzu", "sloe", "nut"])
    else:
        pool = np.arange(-5, 5)
    classes = g.permutation(pool)[:c]
    labels = pool[g.integers(0, len(pool), size=n)]
    if pool.dtype.kind == "i" and rng.random() < 0.5:
        labels = labels.astype(np.float64)
        labels[g.random(n) < 0.2] = np.nan
    return case(labels, classes)
