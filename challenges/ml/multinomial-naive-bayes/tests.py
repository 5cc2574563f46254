import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "ndarray", "rtol": 1e-7, "atol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

EX_X = np.array([[2, 1, 0], [1, 0, 3], [0, 0, 2]])
EX_Y = np.array(["ham", "spam", "spam"])


def _counts(g, n, d, n_classes, scale=3.0):
    """Class-dependent word counts: each class has its own word distribution."""
    y = g.integers(0, n_classes, n)
    y[:n_classes] = np.arange(n_classes)[: min(n, n_classes)]
    rates = g.gamma(0.7, 1.0, size=(n_classes, d)) * scale
    X = g.poisson(rates[y])
    return X, y


CASES = [
    case(EX_X, EX_Y, np.array([[1, 0, 1]]), expected=np.array([[9 / 41, 32 / 41]]),
         sample=True, name="worked example (alpha defaults to 1)"),
    case(EX_X, EX_Y, np.array([[0, 4, 0], [5, 0, 0], [0, 0, 0]]), sample=True,
         name="several test rows; an all-zero row gets the priors"),
    case(np.array([[3, 0], [0, 2], [1, 1], [4, 1]]), np.array([2, 0, 2, 1]),
         np.array([[1, 1], [0, 3]]), 0.5, sample=True,
         name="integer labels come out in sorted order: columns 0, 1, 2 (alpha = 0.5)"),
    case(EX_X, EX_Y, np.array([[0, 1, 0]]), 1e-10,
         name="alpha = 1e-10: a word never seen in one class makes that class nearly impossible"),
    case(EX_X, EX_Y, np.array([[3, 1, 2]]), 100.0,
         name="alpha = 100: heavy smoothing pulls towards the priors"),
    case(np.array([[1, 2, 3], [0, 5, 1]]), np.array(["only", "only"]),
         np.array([[9, 0, 0], [0, 0, 0]]), expected=np.ones((2, 1)),
         name="a single class: a column of ones"),
    case(np.array([[4, 0, 1]]), np.array([7]), np.array([[1, 1, 1]]),
         expected=np.ones((1, 1)), name="one training row"),
    case(np.array([[2.0], [5.0], [1.0]]), np.array([1, 0, 0]), np.array([[10.0], [0.0]]),
         expected=np.array([[2 / 3, 1 / 3], [2 / 3, 1 / 3]]),
         name="one feature: the counts say nothing, the posterior is the prior"),
    case(EX_X, EX_Y, np.zeros((0, 3)), expected=np.zeros((0, 2)),
         name="no test rows: shape (0, number of classes)"),
    case(np.array([[1, 0], [0, 1], [1, 1]]), np.array(["b", "a", "a"]),
         np.array([[1, 0]]), name="string labels out of order: columns 'a', 'b'"),
    case(np.array([[900_000, 100_000], [100_000, 900_000]]), np.array([0, 1]),
         np.array([[510_000, 490_000], [0, 1_000_000]]),
         name="counts near a million: exp of the raw log-likelihood underflows"),
    case(np.array([[1e6, 2e6, 0.0], [3e6, 1e6, 5e5]]), np.array([1, 0]),
         np.array([[1e6, 1e6, 1e6]]), 1e-10, name="huge counts with a tiny alpha"),
    case(np.array([[0.5, 1.25, 0.0], [2.0, 0.0, 0.75], [0.1, 0.1, 0.1]]),
         np.array([0, 1, 1]), np.array([[0.3, 0.2, 0.9]]), 0.01,
         name="float counts (tf-idf weights)"),
    case(np.array([[5, 1], [4, 2], [6, 0], [1, 5]]), np.array([0, 0, 0, 1]),
         np.array([[1, 1]]), name="unequal priors: 3 to 1"),
    case(np.array([[1, 3], [3, 1]]), np.array([0, 1]), np.array([[2, 2]]),
         expected=np.array([[0.5, 0.5]]), name="a perfect tie: 0.5 and 0.5"),
    case(*_counts(np.random.default_rng(5), 4000, 300, 6), np.random.default_rng(6).poisson(2.0, (500, 300)),
         time_limit=2.0, name="4,000 documents x 300 words, 6 classes"),
]


@generate(count=12, seed=13)
def random_problems(rng):
    g = numpy_rng(rng)
    n, d, k = rng.randint(1, 40), rng.randint(1, 12), rng.randint(1, 5)
    X, y = _counts(g, n, d, k, scale=rng.choice([0.5, 3.0, 50.0]))
    X_test = g.poisson(rng.choice([0.5, 3.0, 30.0]), size=(rng.randint(0, 6), d))
    if rng.random() < 0.5:
        return case(X, y, X_test)
    return case(X, y, X_test, rng.choice([1e-10, 0.01, 0.5, 2.0, 100.0]))
