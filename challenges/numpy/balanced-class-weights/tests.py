import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

NAMES = ("classes", "class_weights", "sample_weights")
KINDS = {"i": "integer", "u": "integer", "b": "bool", "U": "string", "S": "bytes", "f": "float", "O": "object"}


def weights_check(actual, expected, y, beta=None):
    if type(actual) not in (tuple, list) or len(actual) != 3:
        return f"expected a tuple (classes, class_weights, sample_weights), got {type(actual).__name__}"
    for name, got, want in zip(NAMES, actual, expected):
        if type(got) is not np.ndarray:
            return f"{name}: expected a numpy.ndarray, got {type(got).__name__}"
        if got.shape != want.shape:
            return f"{name}: expected shape {want.shape}, got {got.shape}"
        if KINDS.get(got.dtype.kind, got.dtype.kind) != KINDS.get(want.dtype.kind, want.dtype.kind):
            return f"{name}: expected {KINDS.get(want.dtype.kind)} values ({want.dtype}), got {got.dtype}"
    classes, cw, sw = actual
    if not np.array_equal(classes, expected[0]):
        return f"classes: expected {expected[0].tolist()[:10]}, got {classes.tolist()[:10]} (sorted, distinct)"
    for name, got, want in ((NAMES[1], cw, expected[1]), (NAMES[2], sw, expected[2])):
        if got.dtype != np.float64:
            return f"{name}: expected float64, got {got.dtype}"
        bad = ~np.isclose(got, want, rtol=1e-12, atol=0.0)
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            return f"{name}[{i}]: expected {want[i]!r}, got {got[i]!r}"
    return None


def weights(y, **options):
    return case(y, check=weights_check, **options)


def _effective(y, beta):
    """Expected weights with E(c) = 1 + beta + ... + beta**(count - 1), summed term by term."""
    classes, counts = np.unique(y, return_counts=True)
    raw = [1.0 / sum(beta**i for i in range(int(c))) for c in counts]
    scale = len(y) / sum(c * r for c, r in zip(counts, raw))
    cw = np.array([r * scale for r in raw])
    return classes, cw, cw[np.searchsorted(classes, y)]


def beta_case(y, beta, name):
    return weights(y, kwargs={"beta": beta}, expected=_effective(y, beta), name=name)


def _skewed(seed, n, k, labels=None):
    g = np.random.default_rng(seed)
    y = g.choice(k, size=n, p=g.dirichlet(np.full(k, 0.5)))
    return y if labels is None else np.asarray(labels)[y]


SPAM = np.array(["spam", "ham", "ham", "ham", "spam", "ham"])

CASES = [
    weights(SPAM, expected=(np.array(["ham", "spam"]), np.array([0.75, 1.5]),
                            np.array([1.5, 0.75, 0.75, 0.75, 1.5, 0.75])), sample=True,
            name="worked example: string labels"),
    weights(np.array([2, 0, 2, 2, 1, 2]), expected=(np.array([0, 1, 2]), np.array([2.0, 2.0, 0.5]),
                                                   np.array([0.5, 2.0, 0.5, 0.5, 2.0, 0.5])), sample=True,
            name="integer labels, sorted in the output"),
    weights(np.array([1, 1, 1, 1]), expected=(np.array([1]), np.array([1.0]), np.ones(4)), sample=True,
            name="one class: every weight is 1"),
    weights(np.array([7]), expected=(np.array([7]), np.array([1.0]), np.array([1.0])), name="a single sample"),
    weights(np.array([5, -3]), expected=(np.array([-3, 5]), np.array([1.0, 1.0]), np.array([1.0, 1.0])),
            name="two samples, two classes (negative label sorts first)"),
    weights(np.array([1000, 3, 3, 1000, 3, 3, 3, 3]),
            expected=(np.array([3, 1000]), np.array([8 / 12, 2.0]), np.array([2.0] + [8 / 12] * 2 + [2.0] + [8 / 12] * 4)),
            name="sparse labels 3 and 1000 (bincount would need 1001 slots)"),
    weights(np.array([True, False, True, True]),
            expected=(np.array([False, True]), np.array([2.0, 2 / 3]), np.array([2 / 3, 2.0, 2 / 3, 2 / 3])),
            name="bool labels stay bool"),
    weights(np.array([], dtype=np.int64), expected=(np.array([], dtype=np.int64), np.zeros(0), np.zeros(0)),
            name="no samples: three empty arrays"),
    weights(np.array([], dtype=str), expected=(np.array([], dtype=str), np.zeros(0), np.zeros(0)),
            name="no string samples: empty arrays, classes still strings"),
    weights(np.array([0] * 199 + [1]), name="1 positive in 200: weight 100 for the rare class"),
    weights(_skewed(3, 300, 6, ["cat", "dog", "emu", "fox", "gnu", "yak"]), name="6 skewed string classes"),
    weights(_skewed(4, 500, 9).astype(np.int32), name="9 skewed int32 classes"),
    weights(_skewed(2024, 500_000, 20), time_limit=1.0, name="500,000 labels within 1 s"),
    weights(SPAM, kwargs={"beta": 0.5}, expected=(np.array(["ham", "spam"]), np.array([12 / 13, 15 / 13]),
                                                  np.array([15, 12, 12, 12, 15, 12]) / 13),
            name="effective number with beta=0.5 (the second example)"),
    beta_case(np.array([0] * 199 + [1]), 0.9999, "beta=0.9999: close to balanced for small counts"),
    beta_case(np.array([3, 1, 3, 2, 3, 3, 1]), 0.0, "beta=0: every class weight is 1"),
    beta_case(np.array([0] * 5 + [1] * 50 + [2] * 400), 0.99, "beta=0.99: large counts saturate"),
    beta_case(np.array([1] * 3000 + [0] * 2), 0.5, "beta=0.5 and 3000 samples: beta**count underflows to 0"),
    beta_case(np.array(["a", "b", "b"]), 0.999999, "beta=0.999999: 1 - beta**count must not cancel"),
    beta_case(np.array([4]), 0.9, "one sample with beta: weight 1"),
]


@generate(count=10, seed=401)
def random_labels(rng):
    g = numpy_rng(rng)
    n, k = rng.randint(1, 40), rng.randint(1, 6)
    y = g.integers(-5, 5, size=k)[g.integers(0, k, size=n)]
    if rng.random() < 0.3:
        y = np.array([f"L{v}" for v in y])
    beta = rng.choice([None, None, 0.0, 0.5, 0.9, 0.999])
    return weights(y) if beta is None else beta_case(y, beta, None)
