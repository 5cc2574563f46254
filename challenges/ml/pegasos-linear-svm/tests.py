import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "ndarray", "rtol": 1e-7, "atol": 1e-12}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

EX_X = np.array([[2.0, 0.0], [0.0, 1.0], [-1.0, -1.0]])
EX_Y = np.array([1, 1, -1])


def _blobs(seed, n, d, gap=1.0, scale=1.0, noise=0.0):
    """Two classes on either side of a random hyperplane through the origin."""
    g = np.random.default_rng(seed)
    normal = g.normal(0, 1, d)
    normal /= np.linalg.norm(normal)
    X = g.normal(0, 1, (n, d))
    y = np.where(X @ normal >= 0, 1, -1)
    X = X + np.outer(y * gap, normal)
    flip = g.random(n) < noise
    y[flip] = -y[flip]
    return X * scale, y


CASES = [
    case(EX_X, EX_Y, 0.5, 4, expected=np.array([0.5, 0.5]), sample=True,
         name="worked example: four steps, the third lands exactly on the margin"),
    case(EX_X, EX_Y, sample=True, name="defaults: lam = 0.01, 1000 steps, seed 0"),
    case(*_blobs(1, 50, 3), 0.1, 500, 3, sample=True, name="50 separable points, seed 3"),
    case(EX_X, EX_Y, 0.5, 1, expected=np.array([2.0, 2.0]),
         name="one step: w = y_i · x_i / lam"),
    case(EX_X, EX_Y, 0.5, 0, expected=np.zeros(2), name="no steps: the zero vector"),
    case(np.array([[1.0, 0.0]]), np.array([1]), 1.0, 2, expected=np.array([0.5, 0.0]),
         name="y · (w · x) = 1 exactly is outside the margin: only the shrink step"),
    case(np.array([[3.0, 4.0]]), np.array([-1.0]), 2.0, 5, name="one row, float labels"),
    case(np.array([[1.0, 2.0], [2.0, 1.0]]), np.array([1, 1]), 0.3, 9, name="one class only"),
    case(*_blobs(2, 40, 2), 0.05, 300, name="seed defaults to 0"),
    case(*_blobs(2, 40, 2), 0.05, 300, 11, name="another seed, other draws"),
    case(*_blobs(3, 60, 4, noise=0.2), 0.01, 2000, 5, name="noisy labels: the hinge keeps firing"),
    case(*_blobs(4, 30, 3), 1e-6, 200, 2, name="lam = 1e-6: steps of size 1e6 / t"),
    case(*_blobs(5, 30, 3), 1e3, 200, 2, name="lam = 1000: weights near 1e-3"),
    case(*_blobs(6, 30, 3, scale=1e6), 0.01, 200, 4, name="features near 1e6"),
    case(*_blobs(7, 30, 3, scale=1e-6), 0.01, 200, 4, name="features near 1e-6: nearly every step is a hinge step"),
    case(np.array([[1, 2, 3], [-2, 0, 1], [0, -1, -1], [4, 4, 0]]), np.array([1, -1, -1, 1]), 0.25, 12, 9,
         name="integer features"),
    case(*_blobs(8, 1000, 200, noise=0.05), 1e-4, 20_000, 1, time_limit=2.0,
         name="1,000 points x 200 features, 20,000 steps"),
]


@generate(count=12, seed=41)
def random_problems(rng):
    g = numpy_rng(rng)
    X, y = _blobs(int(g.integers(2**32)), rng.randint(1, 40), rng.randint(1, 5),
                  gap=rng.choice([0.0, 0.5, 2.0]), noise=rng.choice([0.0, 0.1]))
    return case(X, y, rng.choice([1e-3, 0.05, 1.0]), rng.randint(0, 400), rng.randint(0, 50))
