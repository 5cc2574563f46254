import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng, well_conditioned
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

NAMES = ("components", "explained_variance_ratio", "scores")
SHAPES = ("(n_components, d)", "(n_components,)", "(n, n_components)")


def pca_result(actual, expected, X, n_components=2):
    if type(actual) not in (tuple, list) or len(actual) != 3:
        return f"expected a tuple (components, explained_variance_ratio, scores), got {type(actual).__name__}"
    for name, shape, got, want in zip(NAMES, SHAPES, actual, expected):
        if type(got) is not np.ndarray:
            return f"{name}: expected a numpy.ndarray, got {type(got).__name__}"
        if got.shape != want.shape:
            return f"{name}: expected shape {want.shape} {shape}, got {got.shape}"
        if got.dtype.kind != "f":
            return f"{name}: expected float64 values, got dtype {got.dtype}"
        atol = 1e-6 * float(np.max(np.abs(want))) if want.size else 0.0
        close = np.isclose(got, want, rtol=1e-6, atol=atol)
        if not close.all():
            pos = tuple(int(i) for i in np.argwhere(~close)[0])
            note = ""
            if name == "components" and np.allclose(got[pos[0]], -want[pos[0]], rtol=1e-6, atol=atol):
                note = " (the axis has the opposite sign: make its largest-magnitude entry positive)"
            return f"{name}{list(pos)}: expected {want[pos]!r}, got {got[pos]!r}{note}"
    return None


def C(*args, **kw):
    return case(*args, check=pca_result, **kw)


def _cloud(seed, n, d, scales, shift=0.0):
    """Points with distinct spreads along a random rotation of the axes."""
    g = np.random.default_rng(seed)
    Q, _ = np.linalg.qr(g.normal(size=(d, d)))
    return (g.normal(size=(n, d)) * np.asarray(scales)) @ Q.T + shift


EX = np.array([[2.0, 0.0], [0.0, 1.0], [-2.0, 0.0], [0.0, -1.0]])

CASES = [
    C(EX, expected=(np.eye(2), np.array([0.8, 0.2]), EX.copy()), sample=True,
      name="worked example (n_components defaults to 2)"),
    C(np.array([[1.0, 2.0], [3.0, 3.0], [5.0, 7.0], [7.0, 8.0]]), 1, sample=True,
      name="one component of correlated data: centre first"),
    C(-EX, 1, expected=(np.array([[1.0, 0.0]]), np.array([0.8]), -EX[:, :1]), sample=True,
      name="the sign rule: the largest entry of each axis is positive"),
    C(np.array([[0.0, -3.0], [0.0, 3.0], [1.0, 0.0], [-1.0, 0.0]]), 2,
      expected=(np.array([[0.0, 1.0], [1.0, 0.0]]), np.array([0.9, 0.1]),
                np.array([[-3.0, 0.0], [3.0, 0.0], [0.0, 1.0], [0.0, -1.0]])),
      name="the biggest spread is on the second feature"),
    C(np.array([[1.0, 5.0], [4.0, 9.0]]), 1, expected=(np.array([[0.6, 0.8]]), np.array([1.0]),
      np.array([[-2.5], [2.5]])), name="two rows: one axis explains everything"),
    C(np.array([[3.0], [1.0], [8.0]]), 1, name="one feature"),
    C(np.array([[1, 0, 2], [4, 1, 0], [2, 7, 1], [0, 3, 5], [6, 2, 2]]), 3,
      name="integer data, all three axes: ratios sum to 1"),
    C(_cloud(1, 30, 5, [5.0, 3.0, 2.0, 1.0, 0.5]), 3, name="5 features, 3 components"),
    C(_cloud(2, 50, 4, [4.0, 2.0, 1.0, 0.5], shift=1e8), name="a mean of 1e8: centre exactly"),
    C(_cloud(3, 20, 3, [3.0, 2.0, 1.0]) * 1e150, name="values near 1e150: s² overflows"),
    C(_cloud(4, 20, 3, [3.0, 2.0, 1.0]) * 1e-150, name="values near 1e-150: s² underflows"),
    C(_cloud(5, 6, 10, [1.0] * 10), 4, name="more features (10) than rows (6)"),
    C(np.array([[1.0, 1.0, 0.0], [2.0, 2.0, 0.0], [3.0, 3.0, 1.0], [4.0, 4.0, 1.0]]), 2,
      name="duplicated columns and a trailing zero singular value"),
    C(np.array([[1.0, 7.0, 2.0], [3.0, 7.0, -1.0], [4.0, 7.0, 5.0], [0.0, 7.0, 1.0], [2.5, 7.0, 0.5]]),
      name="a constant feature: its singular value is exactly 0"),
    C(well_conditioned(7, 5000, 40, cond=50.0), 10, time_limit=3.0,
      name="5,000 rows x 40 features, 10 components"),
]


@generate(count=12, seed=31)
def random_data(rng):
    g = numpy_rng(rng)
    n, d = rng.randint(2, 30), rng.randint(1, 7)
    scales = np.sort(g.uniform(0.1, 5.0, d))[::-1]
    X = _cloud(rng.randrange(2**32), n, d, scales, shift=rng.choice([0.0, 10.0, -1000.0]))
    k = rng.randint(1, min(n - 1, d))
    if k == 2 and rng.random() < 0.5:
        return C(X)
    return C(X, k)
