import numpy as np
import numpy.ma  # noqa: F401  (work-around: see below)

from drill import case, generate
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

# numpy.ma is imported here, before the harness snapshots the modules, because NumPy imports it
# lazily (np.unique, np.intersect1d, np.isin...): imported during a test, its attribute is removed
# from the numpy namespace by the harness's restore while sys.modules keeps it, and every later
# use recurses without end.


def _describe(times, i):
    return f"row {int(i)} (time {times[i]})"


def folds_ok(actual, expected, timestamps, n_splits, gap=0):
    """Invariants first (clear messages for leakage), then the exact folds."""
    times = np.asarray(timestamps)
    if type(actual) is not list:
        return f"expected a list of (train, test) tuples, got {type(actual).__name__}"
    if len(actual) != len(expected):
        if not expected:
            return (f"expected [] (too few distinct timestamps for {n_splits} folds with gap "
                    f"{gap}), got {len(actual)} folds")
        return f"expected {len(expected)} folds, got {len(actual)}"
    for k, fold in enumerate(actual):
        if type(fold) is not tuple or len(fold) != 2:
            return f"fold {k}: expected a tuple (train, test), got {type(fold).__name__}"
        train, test = fold
        for name, idx in (("train", train), ("test", test)):
            if type(idx) is not np.ndarray or idx.ndim != 1 or (idx.size and idx.dtype.kind not in "iu"):
                return f"fold {k}: {name} must be a 1-D integer numpy array, got {idx!r:.80}"
            if idx.size and (np.any(np.diff(idx) <= 0) or idx[0] < 0 or idx[-1] >= len(times)):
                return f"fold {k}: {name} indices must be valid row numbers in increasing order"
        if len(train) == 0 or len(test) == 0:
            return f"fold {k}: train and test must both be non-empty"
        if len(np.intersect1d(train, test)):
            return f"fold {k}: {_describe(times, np.intersect1d(train, test)[0])} is in train and test"
        latest = train[np.argmax(times[train])]
        earliest = test[np.argmin(times[test])]
        if not times[latest] < times[earliest]:
            return (f"fold {k}: leakage: train {_describe(times, latest)} is not earlier than "
                    f"test {_describe(times, earliest)}")
        between = np.unique(times[(times > times[latest]) & (times < times[earliest])])
        if len(between) < gap:
            return (f"fold {k}: only {len(between)} distinct timestamps between train and test, "
                    f"gap={gap} needs {gap}")
    for k, ((tr, te), (etr, ete)) in enumerate(zip(actual, expected)):
        if not np.array_equal(te, ete):
            return f"fold {k}: test rows expected {ete.tolist()[:20]}, got {te.tolist()[:20]}"
        if not np.array_equal(tr, etr):
            return f"fold {k}: train rows expected {etr.tolist()[:20]}, got {tr.tolist()[:20]}"
    return None


def scase(*args, **options):
    return case(*args, check=folds_ok, **options)


def a(*values):
    return np.array(values, dtype=np.int64)


EXAMPLE = np.array([5, 1, 3, 3, 2, 6, 4, 7, 8])


def _dates():
    days = np.array(["2024-01-03", "2024-01-01", "2024-01-02", "2024-01-03", "2024-01-05",
                     "2024-01-04", "2024-01-01", "2024-01-06", "2024-01-05"], dtype="datetime64[D]")
    return days.astype("datetime64[ns]")


def _large():
    g = np.random.default_rng(5)
    n = 200_000
    return g.integers(0, 5_000, size=n) * 60 + 1_700_000_000  # unix seconds, many repeats


CASES = [
    scase(EXAMPLE, 3,
          expected=[(a(1, 4), a(2, 3, 6)), (a(1, 2, 3, 4, 6), a(0, 5)),
                    (a(0, 1, 2, 3, 4, 5, 6), a(7, 8))],
          sample=True, name="worked example: unsorted timestamps, time 3 on two rows"),
    scase(EXAMPLE, 3, 1,
          expected=[(a(1), a(2, 3, 6)), (a(1, 2, 3, 4), a(0, 5)), (a(0, 1, 2, 3, 4, 6), a(7, 8))],
          sample=True, name="gap=1: one distinct timestamp left out before each test block"),
    scase(np.arange(10), 4,
          expected=[(a(0, 1), a(2, 3)), (a(0, 1, 2, 3), a(4, 5)), (a(0, 1, 2, 3, 4, 5), a(6, 7)),
                    (a(0, 1, 2, 3, 4, 5, 6, 7), a(8, 9))],
          sample=True, name="sorted distinct timestamps: scikit-learn's TimeSeriesSplit"),
    scase(np.arange(11), 3,
          expected=[(a(0, 1, 2, 3, 4), a(5, 6)), (a(0, 1, 2, 3, 4, 5, 6), a(7, 8)),
                    (a(0, 1, 2, 3, 4, 5, 6, 7, 8), a(9, 10))],
          name="11 timestamps, 3 folds: the remainder goes to the first training set"),
    scase(EXAMPLE, 3, 2, expected=[], name="gap too large: the first training set would be empty"),
    scase(np.array([1, 1, 2, 2, 3, 3]), 3, expected=[],
          name="3 distinct timestamps cannot make 3 folds: []"),
    scase(np.array([], dtype=np.int64), 2, expected=[], name="no rows: []"),
    scase(np.array([7, 7, 7, 7]), 2, expected=[], name="a single distinct timestamp: []"),
    scase(np.array([4, 4, 9, 9, 9, 1, 1]), 2, expected=[(a(5, 6), a(0, 1)), (a(0, 1, 5, 6), a(2, 3, 4))],
          name="many rows per timestamp stay on one side"),
    scase(_dates(), 2, name="datetime64[ns] timestamps"),
    scase(np.array([0.5, -1.25, 3.0, 0.5, 2.0, -3.5, 10.0], dtype=np.float32), 2, 1,
          name="float32 timestamps, negative values"),
    scase(np.array([2, 1, 3], dtype=np.int32), 2,
          expected=[(a(1), a(0)), (a(0, 1), a(2))], name="int32, the smallest possible case"),
    scase(_large(), 5, 10, time_limit=1.0,
          name="200,000 rows over 5,000 minutes (a per-row membership scan is too slow)"),
]


@generate(count=10, seed=99)
def random_histories(rng):
    g = np.random.default_rng(rng.randrange(2**32))
    m = rng.randint(1, 30)
    times = np.cumsum(g.integers(1, 4, size=m))
    rows = g.permutation(np.repeat(times, g.integers(1, 4, size=m)))
    return scase(rows, rng.randint(2, 5), rng.randint(0, 2))
