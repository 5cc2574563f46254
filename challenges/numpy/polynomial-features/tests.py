import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "ndarray", "rtol": 1e-12, "atol": 0.0, "dtype": "kind"}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

EX = np.array([[2.0, 3.0], [1.0, -1.0]])

CASES = [
    case(EX, expected=np.array([[1.0, 2.0, 3.0, 4.0, 6.0, 9.0], [1.0, 1.0, -1.0, 1.0, -1.0, 1.0]]), sample=True,
         name="worked example with the defaults"),
    case(EX, True, False, expected=np.array([[2.0, 3.0, 6.0], [1.0, -1.0, -1.0]]), sample=True,
         name="interaction_only, no bias"),
    case(np.array([[1.0, 2.0, 3.0]]),
         expected=np.array([[1.0, 1.0, 2.0, 3.0, 1.0, 2.0, 3.0, 4.0, 6.0, 9.0]]), sample=True,
         name="three features: the order of the products"),
    case(np.array([[1.0, 2.0, 3.0]]), kwargs={"interaction_only": True},
         expected=np.array([[1.0, 1.0, 2.0, 3.0, 2.0, 3.0, 6.0]]), name="three features, interaction_only"),
    case(np.array([[1.0, 2.0, 3.0]]), kwargs={"include_bias": False},
         expected=np.array([[1.0, 2.0, 3.0, 1.0, 2.0, 3.0, 4.0, 6.0, 9.0]]), name="three features, no bias"),
    case(np.array([[-3.0], [0.5]]), expected=np.array([[1.0, -3.0, 9.0], [1.0, 0.5, 0.25]]), name="one feature"),
    case(np.array([[-3.0], [0.5]]), True, True, expected=np.array([[1.0, -3.0], [1.0, 0.5]]),
         name="one feature, interaction_only: no products at all"),
    case(np.zeros((0, 3)), expected=np.zeros((0, 10)), name="no rows: shape (0, 10)"),
    case(np.zeros((0, 3)), True, False, expected=np.zeros((0, 6)), name="no rows, interaction_only, no bias"),
    case(np.array([[1e150, -1e150], [1e-150, 2e-150]]), name="magnitudes of 1e150 and 1e-150"),
    case(np.array([[3, -2, 7], [0, 1, 5]], dtype=np.int64), name="integer input gives float64"),
    case(np.random.default_rng(5).normal(size=(30, 6)), name="30 rows, 6 features"),
    case(np.random.default_rng(6).normal(size=(30, 6)), True, False, name="30 rows, 6 features, interactions only"),
    case(np.random.default_rng(2024).normal(size=(20_000, 20)), time_limit=1.0,
         name="20,000 rows x 20 features within 1 s"),
]


@generate(count=12, seed=1511)
def random_matrices(rng):
    g = numpy_rng(rng)
    X = np.round(g.normal(0, 3, size=(rng.randint(0, 6), rng.randint(1, 5))), 1)
    return case(X, rng.random() < 0.5, rng.random() < 0.5)
