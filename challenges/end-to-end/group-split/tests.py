import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _as_list(values):
    return [v.item() if hasattr(v, "item") else v for v in values]


def split_ok(actual, expected, groups, test_size=0.2, seed=0):
    """Invariants first (clear messages for a leak), then the number of test groups, then rows."""
    groups = np.asarray(groups)
    if expected is None:
        return None if actual is None else f"expected None (fewer than 2 groups), got {actual!r:.80}"
    if type(actual) is not tuple or len(actual) != 2:
        return f"expected a tuple (train, test), got {type(actual).__name__}"
    for name, idx in zip(("train", "test"), actual):
        if type(idx) is not np.ndarray or idx.ndim != 1 or (idx.size and idx.dtype.kind not in "iu"):
            return f"{name} must be a 1-D integer numpy array, got {idx!r:.80}"
        if idx.size and (np.any(np.diff(idx) <= 0) or idx[0] < 0 or idx[-1] >= len(groups)):
            return f"{name} indices must be valid row numbers in increasing order"
    train, test = actual
    if len(train) + len(test) != len(groups) or len(np.intersect1d(train, test)):
        return f"every row must be in exactly one set: {len(train)} + {len(test)} rows for {len(groups)}"
    shared = np.intersect1d(groups[train], groups[test])
    if len(shared):
        return f"group {_as_list(shared[:1])[0]!r} has rows in both train and test"
    want_test_groups = len(np.unique(groups[expected[1]]))
    if len(np.unique(groups[test])) != want_test_groups:
        return f"expected {want_test_groups} test groups, got {len(np.unique(groups[test]))}"
    if not np.array_equal(test, expected[1]):
        return (f"test groups expected {_as_list(np.unique(groups[expected[1]]))[:10]}, "
                f"got {_as_list(np.unique(groups[test]))[:10]}")
    return None


def scase(*args, **options):
    return case(*args, check=split_ok, **options)


def a(*values):
    return np.array(values, dtype=np.int64)


EXAMPLE = np.array(["p3", "p1", "p2", "p1", "p4", "p3", "p5", "p2", "p5", "p1"])
WARDS = np.array(["icu", "ward", "ward", "er", "icu", "er", "clinic", "ward"])


def _large():
    g = np.random.default_rng(3)
    return g.integers(0, 50_000, size=200_000) * 7 + 11


CASES = [
    scase(EXAMPLE, 0.4, 7, expected=(a(0, 2, 5, 6, 7, 8), a(1, 3, 4, 9)), sample=True,
          name="worked example: 2 of 5 patients, counted in groups"),
    scase(WARDS, expected=(a(1, 2, 3, 5, 6, 7), a(0, 4)), sample=True,
          name="defaults test_size=0.2, seed=0: ceil(0.2 * 4) = 1 of 4 wards"),
    scase(EXAMPLE, 3, 7, expected=(a(2, 6, 7, 8), a(0, 1, 3, 4, 5, 9)), sample=True,
          name="an int test_size is a number of groups"),
    scase(EXAMPLE, 0.5, 7, expected=(a(2, 6, 7, 8), a(0, 1, 3, 4, 5, 9)),
          name="a share rounds up to whole groups: ceil(2.5) = 3"),
    scase(EXAMPLE, 0.25, 7, name="ceil(1.25) = 2 test groups, not 1"),
    scase(np.array([10, 20]), 0.2, 3, name="two groups: one each side"),
    scase(np.array([4, 4, 4, 9]), 0.99, 1, name="ceil(0.99 * 2) = 2 would leave no training group: 1"),
    scase(EXAMPLE, 5, 0, name="an int test_size of every group: n_groups - 1"),
    scase(np.array(["a", "a", "a"]), 0.5, 0, expected=None, name="a single group: None"),
    scase(np.array([], dtype=np.int64), expected=None, name="no rows: None"),
    scase(np.repeat(np.arange(100), 2), 0.07, 5,
          name="0.07 * 100 is 7.000000000000001 in floats: ceil gives 8 groups"),
    scase(np.array([2.5, -1.0, 2.5, 0.0, 7.25, -1.0, 3.0]), 0.4, 11, name="float group labels"),
    scase(np.array([5, 1, 5, 1, 3, 9, 3, 9, 7, 7, 5]), 0.4, 123,
          name="unsorted integer groups, another seed"),
    scase(np.arange(9), 0.3, 2, name="one row per group: a plain shuffle split"),
    scase(_large(), 0.25, 42, time_limit=1.0,
          name="200,000 rows in 50,000 groups (one pass per group is too slow)"),
]


@generate(count=10, seed=271)
def random_groups(rng):
    g = numpy_rng(rng)
    n_groups = rng.randint(2, 25)
    labels = np.array([f"g{k:02d}" for k in g.permutation(n_groups)])
    rows = g.permutation(np.repeat(labels, g.integers(1, 5, size=n_groups)))
    test_size = rng.choice([0.1, 0.2, 0.25, 0.3, 0.5, 0.75, rng.randint(1, n_groups)])
    return scase(rows, test_size, rng.randint(0, 2**31 - 1))


