import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

NAN = np.nan


def hist_check(actual, expected, *args, **kwargs):
    if type(actual) not in (tuple, list) or len(actual) != 2:
        return f"expected a tuple (counts, edges), got {type(actual).__name__}"
    counts, edges = actual
    for name, got, want, kind in (("counts", counts, expected[0], "iu"), ("edges", edges, expected[1], "f")):
        if type(got) is not np.ndarray:
            return f"{name}: expected a numpy.ndarray, got {type(got).__name__}"
        if got.shape != want.shape:
            return f"{name}: expected shape {want.shape}, got {got.shape}"
        if got.dtype.kind not in kind:
            return f"{name}: expected {'integer' if kind == 'iu' else 'float'} values, got {got.dtype}"
    if not np.allclose(edges, expected[1], rtol=1e-12, atol=0.0):
        return f"edges: expected {expected[1].tolist()}, got {edges.tolist()}"
    if not np.array_equal(counts, expected[0]):
        i = int(np.flatnonzero(counts != expected[0])[0])
        return (f"counts[{i}] (bin [{expected[1][i]!r}, {expected[1][i + 1]!r})): expected {int(expected[0][i])}, "
                f"got {int(counts[i])}; all counts expected {expected[0].tolist()[:12]}, got {counts.tolist()[:12]}")
    return None


def hist(*args, **options):
    return case(*args, check=hist_check, **options)


EX = np.array([1.0, 2.0, 2.0, 3.0, 4.0, NAN, 5.0])


def _edge_values():
    # values exactly on the edges of 0 .. 1 in 10 bins, where floor((v - lo) / width) goes wrong
    return np.concatenate([np.linspace(0.0, 1.0, 11), np.linspace(0.0, 1.0, 11)[1:-1] + 1e-17])


CASES = [
    hist(EX, 4, expected=(np.array([1, 2, 1, 2]), np.array([1.0, 2.0, 3.0, 4.0, 5.0])), sample=True,
         name="worked example: NaN skipped, the maximum in the closed last bin"),
    hist(EX, 2, (2.0, 4.0), expected=(np.array([2, 2]), np.array([2.0, 3.0, 4.0])), sample=True,
         name="a range: values outside it are not counted"),
    hist(np.arange(20.0), sample=True, name="default bins=10"),
    hist(np.array([3.0]), 1, expected=(np.array([1]), np.array([2.5, 3.5])), name="one value, one bin: widened range"),
    hist(np.array([7.0, 7.0, 7.0]), 2, expected=(np.array([0, 3]), np.array([6.5, 7.0, 7.5])),
         name="all values equal: the range is widened by 0.5 each side"),
    hist(np.array([], dtype=np.float64), 3, expected=(np.zeros(3, np.int64), np.linspace(0, 1, 4)),
         name="empty input: range (0, 1)"),
    hist(np.array([NAN, NAN]), 2, expected=(np.zeros(2, np.int64), np.array([0.0, 0.5, 1.0])),
         name="all NaN: empty counts over (0, 1)"),
    hist(np.array([NAN, 4.0]), 2, (0.0, 8.0), expected=(np.array([0, 1]), np.array([0.0, 4.0, 8.0])),
         name="a value on the middle edge goes right"),
    hist(np.array([0.0, 1.0, 2.0, 3.0]), 3, (1.0, 2.0), expected=(np.array([1, 0, 1]), np.linspace(1, 2, 4)),
         name="both ends of the range are counted"),
    hist(np.array([-1.0, 0.5, 9.0]), 1, (5.0, 5.0), expected=(np.array([0]), np.array([4.5, 5.5])),
         name="a zero-width range is widened too"),
    hist(np.array([1.0, 2.0]), 2, expected=(np.array([1, 1]), np.array([1.0, 1.5, 2.0])), name="two values"),
    hist(_edge_values(), 10, (0.0, 1.0), name="values exactly on every edge"),
    hist(np.array([-1e300, 0.0, 1e300, 5e299]), 4, name="magnitudes of 1e300"),
    hist(np.array([1e-300, 2e-300, 3e-300, 2.5e-300]), 2, name="tiny values"),
    hist(np.array([5, 1, 3, 3, 9, 1], dtype=np.int64), 4, name="integer input"),
    hist(np.random.default_rng(3).normal(size=(10, 10)), 5, name="a 2-D array is flattened"),
    hist(np.round(np.random.default_rng(4).normal(size=500), 1), 7, (-1.0, 1.5), name="500 rounded values with a range"),
    hist(np.random.default_rng(2024).normal(size=1_000_000), 50, time_limit=1.0, name="1,000,000 values within 1 s"),
]


@generate(count=12, seed=907)
def random_values(rng):
    g = numpy_rng(rng)
    n = rng.randint(0, 40)
    x = np.round(g.normal(0, 3, size=n) * 2) / 2  # on edges now and then
    x[g.random(n) < 0.1] = NAN
    bins = rng.randint(1, 8)
    if rng.random() < 0.5:
        lo = rng.choice([-3.0, -1.0, 0.0])
        return hist(x, bins, (lo, lo + rng.choice([0.0, 1.0, 4.0])))
    return hist(x, bins)
