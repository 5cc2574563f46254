import math

import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng, spd_matrix

COMPARE = {"name": "ndarray", "rtol": 1e-8, "atol": 1e-9, "dtype": "kind"}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

EX_X = np.array([[0.0, 0.0], [2.0, 0.0], [0.0, 3.0]])
EX_M = np.array([[0.0, 0.0], [2.0, 0.0]])
EX_C = np.array([[[1.0, 0.0], [0.0, 1.0]], [[4.0, 0.0], [0.0, 9.0]]])
R2 = math.sqrt(2.0)


def _mixture(seed, n, k, d, cond=10.0, scale=1.0, shared=False, offset=0.0):
    g = np.random.default_rng(seed)
    means = offset + g.normal(0, 3 * scale, size=(k, d))
    X = offset + g.normal(0, 3 * scale, size=(n, d))
    if shared:
        covs = spd_matrix(seed, d, cond) * scale**2
    else:
        covs = np.stack([spd_matrix(seed + j, d, cond) * scale**2 for j in range(k)])
    return X, means, covs


CASES = [
    case(EX_X, EX_M, EX_C, expected=np.array([[0.0, 1.0], [2.0, 0.0], [3.0, R2]]), sample=True,
         name="worked example: identity and axis-aligned covariances"),
    case(EX_X, EX_M, np.eye(2) * 4.0, kwargs={"squared": True},
         expected=np.array([[0.0, 1.0], [1.0, 0.0], [2.25, 3.25]]), sample=True,
         name="a shared (d, d) covariance, squared distances"),
    case(np.array([[1.0, 1.0], [1.0, -1.0]]), np.array([[0.0, 0.0]]), np.array([[[2.0, 1.0], [1.0, 2.0]]]),
         expected=np.array([[math.sqrt(2 / 3)], [math.sqrt(2.0)]]), sample=True,
         name="correlated covariance: along the correlation is closer"),
    case(np.array([[3.0]]), np.array([[1.0]]), np.array([[[4.0]]]), expected=np.array([[1.0]]),
         name="N = K = d = 1"),
    case(np.array([[3.0]]), np.array([[1.0], [5.0]]), np.array([[0.25]]), kwargs={"squared": True},
         expected=np.array([[16.0, 16.0]]), name="d = 1 with a shared 1x1 covariance"),
    case(np.zeros((0, 3)), np.zeros((2, 3)), np.stack([np.eye(3), np.eye(3)]), expected=np.zeros((0, 2)),
         name="no points: shape (0, K)"),
    case(np.array([[1.0, 2.0, 3.0]]), np.array([[1.0, 2.0, 3.0], [1.0, 2.0, 3.0]]),
         np.stack([spd_matrix(1, 3, 100.0), spd_matrix(2, 3, 1e4)]), expected=np.zeros((1, 2)),
         name="a point exactly at the means: 0.0, not NaN"),
    case(*_mixture(3, 12, 3, 4), name="12 points, 3 components in 4-D"),
    case(*_mixture(4, 12, 3, 4), kwargs={"squared": True}, name="squared distances in 4-D"),
    case(*_mixture(5, 15, 4, 3, shared=True), name="a shared non-diagonal covariance for 4 components"),
    case(*_mixture(6, 10, 2, 5, cond=1e4), name="covariances with condition number 1e4"),
    case(*_mixture(7, 10, 3, 3, scale=1e-3), name="tiny covariances (std 1e-3)"),
    case(*_mixture(8, 10, 3, 3, scale=1e3, offset=5e3), name="magnitudes near 1e4"),
    case(*_mixture(2024, 20_000, 10, 8), time_limit=1.0, name="20,000 points, 10 components, 8-D, within 1 s"),
]


@generate(count=10, seed=307)
def random_mixtures(rng):
    g = numpy_rng(rng)
    n, k, d = rng.randint(0, 8), rng.randint(1, 4), rng.randint(1, 4)
    covs = spd_matrix(rng.randrange(10**6), d, 10.0 ** rng.uniform(0, 3))
    if rng.random() < 0.6:
        covs = np.stack([spd_matrix(rng.randrange(10**6), d, 10.0 ** rng.uniform(0, 3)) for _ in range(k)])
    return case(g.normal(0, 2, size=(n, d)), g.normal(0, 2, size=(k, d)), covs,
                kwargs={"squared": rng.random() < 0.5})
