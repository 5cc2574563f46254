import numpy as np

from drill import case, generate

COMPARE = {"name": "ndarray", "dtype": "kind"}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


# ---- behaviour checks on seeded blobs -----------------------------------------------------------

def blobs(seed, n_train, n_test, centers, labels, std=1.0):
    """Gaussian blobs around `centers`; returns X_train, y_train, X_test, y_test."""
    g = np.random.default_rng(seed)
    centers = np.asarray(centers, dtype=np.float64)
    labels = np.asarray(labels)

    def draw(m):
        which = g.integers(0, len(centers), size=m)
        return centers[which] + g.normal(0.0, std, size=(m, centers.shape[1])), labels[which]

    X_train, y_train = draw(n_train)
    X_test, y_test = draw(n_test)
    return X_train, y_train, X_test, y_test


def accuracy_at_least(y_test, threshold):
    """A check: the right shape and kind of labels, and held-out accuracy >= threshold."""
    def check(pred, expected, X_train, y_train, X_test, k):
        if type(pred) is not np.ndarray:
            return f"expected a numpy.ndarray, got {type(pred).__name__}"
        if pred.shape != y_test.shape:
            return f"shape: expected {y_test.shape}, got {pred.shape}"
        kind = {"i": "integer", "u": "integer", "U": "string"}
        if kind.get(pred.dtype.kind, pred.dtype.kind) != kind.get(y_train.dtype.kind):
            return (f"dtype: expected {kind.get(y_train.dtype.kind)} labels like y_train "
                    f"({y_train.dtype}), got {pred.dtype}")
        unknown = sorted(set(pred.tolist()) - set(y_train.tolist()))
        if unknown:
            return f"predicted labels that are not in y_train: {unknown[:5]}"
        acc = float((pred == y_test).mean())
        if acc < threshold:
            return (f"accuracy on {len(y_test)} held-out points is {acc:.3f}; at least "
                    f"{threshold:.2f} is needed (the reference gets {float((expected == y_test).mean()):.3f})")
        return None
    return check


def blob_case(seed, n_train, n_test, centers, labels, k, std=1.0, **options):
    X_train, y_train, X_test, y_test = blobs(seed, n_train, n_test, centers, labels, std)
    return case(X_train, y_train, X_test, k, check=accuracy_at_least(y_test, 0.9), **options)


# ---- hand-made exact cases ---------------------------------------------------------------------

def _equidistant():
    """60 training points: 36 of them exactly 5 from the origin, 24 farther away, shuffled.

    With k=5 the neighbours are the five lowest-indexed points of the ring; the first three of
    them are labelled 'b', every other ring point 'a': the answer is 'b' (3 votes to 2). Any
    other choice of 5 among the 36 tied points is most likely mostly 'a'."""
    ring = [(3, 4), (4, 3), (-3, 4), (-4, 3), (3, -4), (4, -3), (-3, -4), (-4, -3),
            (5, 0), (-5, 0), (0, 5), (0, -5)]
    far = [(5, 5), (-5, 6), (7, 0), (0, -8)]
    g = np.random.default_rng(17)
    points = [ring[i] for i in g.integers(0, len(ring), size=36)]
    points += [far[i] for i in g.integers(0, len(far), size=24)]
    order = g.permutation(len(points))
    X_train = np.array([points[i] for i in order])
    on_ring = (X_train ** 2).sum(axis=1) == 25
    y_train = np.where(on_ring, "a", "c")
    y_train[np.flatnonzero(on_ring)[:3]] = "b"
    return X_train, y_train, np.array([[0, 0]]), 5


def _many_ties(seed, n, q, k):
    """n lattice points in [-2, 2]^2 with repeats: distances repeat constantly."""
    g = np.random.default_rng(seed)
    X_train = g.integers(-2, 3, size=(n, 2))
    y_train = g.integers(0, 3, size=n)
    X_test = g.integers(-3, 4, size=(q, 2))
    return X_train, y_train, X_test, k


CASES = [
    case(np.array([[0, 0], [1, 0], [0, 1], [5, 5], [6, 5], [5, 6]]), np.array([0, 0, 0, 1, 1, 1]),
         np.array([[1, 1], [5, 4], [3, 3]]), 3, expected=np.array([0, 1, 0]), sample=True,
         name="worked example: equal distances go to the lower training index"),
    case(np.array([[0], [2]]), np.array(["dog", "cat"]), np.array([[1]]), 2,
         expected=np.array(["cat"]), sample=True, name="vote tie: the smallest label wins"),
    case(np.array([[-1], [1], [4]]), np.array([7, 3, 9]), np.array([[0], [3], [10]]), 1,
         expected=np.array([7, 9, 9]), sample=True,
         name="k=1 with a distance tie: lower index (label 7), not smaller label"),
    case(np.array([[0, 0], [0, 1], [9, 9]]), np.array([1, 1, 2]), np.array([[9, 9], [100, -100]]), 10,
         expected=np.array([1, 1]), name="k larger than the training set uses every point"),
    case(np.array([[0, 0], [0, 1], [9, 9]]), np.array([1, 2, 2]), np.array([[0, 0]]), 3,
         expected=np.array([2]), name="k equal to the training set size"),
    case(np.array([[1.0, 2.0]]), np.array([4]), np.array([[-3.5, 0.25], [1.0, 2.0]]), 3,
         expected=np.array([4, 4]), name="a single training point"),
    case(np.array([[0, 0], [1, 1]]), np.array([0, 1]), np.zeros((0, 2)), 1,
         expected=np.zeros(0, dtype=np.int64), name="no test points: an empty integer array"),
    case(np.array([[0], [2]]), np.array(["x", "y"]), np.zeros((0, 1)), 1,
         expected=np.array([], dtype="<U1"), name="no test points, string labels: an empty string array"),
    case(np.array([[1], [-1], [0], [40]]), np.array([5, -2, 3, -7]), np.array([[0]]), 3,
         expected=np.array([-2]), name="three-way vote tie with negative labels: numeric order"),
    case(np.array([[0, 1], [1, 0], [3, 3]]), np.array(["ant", "Zebra", "ant"]), np.array([[0, 0]]), 2,
         expected=np.array(["Zebra"]), name="vote tie on strings: code-point order ('Z' < 'a')"),
    case(np.array([[250, 0], [20, 20]], dtype=np.uint8), np.array([1, 2]),
         np.array([[0, 0]], dtype=np.uint8), 1, expected=np.array([2]),
         name="uint8 features: 0 - 250 must not wrap around to 6"),
    case(np.array([[-0.5, 1.25], [2.0, -3.0], [-0.5, 1.0]], dtype=np.float32), np.array([0, 1, 2]),
         np.array([[-0.5, 1.125], [2.0, -2.5]], dtype=np.float32), 1, expected=np.array([0, 1]),
         name="float32 features, negative coordinates, a tie broken by index"),
    case(*_equidistant(), expected=np.array(["b"]),
         name="36 points at exactly the same distance: the k lowest indices are the neighbours"),
    case(*_many_ties(23, 200, 30, 7), name="200 lattice points: many equal distances (needs a stable order)"),
    case(*_many_ties(29, 1000, 40, 25), name="1,000 lattice points, k=25: equal distances everywhere"),
    blob_case(1, 300, 200, [[0, 0], [6, 0], [3, 5]], [0, 1, 2], k=5,
              name="blobs, integer labels: held-out accuracy >= 0.9"),
    blob_case(2, 400, 200, [[0, 0, 0], [5, 5, 0], [0, 5, 5], [5, 0, 5]],
              ["setosa", "versicolor", "virginica", "other"], k=7,
              name="blobs in 3-D, string labels: held-out accuracy >= 0.9"),
    blob_case(3, 4000, 500, [[0, 0, 0, 0], [6, 0, 0, 0], [0, 6, 0, 0], [0, 0, 6, 6]], [10, 20, 30, 40],
              k=15, time_limit=2.0,
              name="4,000 training x 500 test points in 2 s (a Python loop over pairs is too slow)"),
]


@generate(count=10, seed=2025)
def random_lattice(rng):
    """Small integer grids: ties everywhere; expected labels come from the reference."""
    g = np.random.default_rng(rng.randrange(2**32))
    n, q, d = rng.randint(1, 25), rng.randint(0, 8), rng.randint(1, 3)
    X_train = g.integers(-3, 4, size=(n, d))
    labels = rng.choice([np.array([0, 1, 2]), np.array([-1, 4]), np.array(["no", "yes", "maybe"])])
    y_train = labels[g.integers(0, len(labels), size=n)]
    X_test = g.integers(-4, 5, size=(q, d))
    return case(X_train, y_train, X_test, rng.randint(1, n + 2))
