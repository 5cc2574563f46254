import numpy as np
from learners import line, mean_only, nearest, polynomial, scaled_sine, sine

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "close", "rel_tol": 1e-9, "abs_tol": 1e-12}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

X_TRAIN = np.linspace(0, 1, 10)
X_TEST = np.array([0.05, 0.3, 0.55, 0.8])


def _identity(x_train, y_train, x_test):
    return np.asarray(y_train, dtype=np.float64)[: len(x_test)]


CASES = [
    case(line, polynomial(1), np.array([0.0, 1.0, 2.0]), np.array([0.5, 1.5]), 0.0, 3,
         expected=(0.0, 0.0), sample=True, name="no noise, the right model: no bias, no variance"),
    case(line, mean_only, np.array([0.0, 1.0]), np.array([0.0, 1.0]), 1.0, 2,
         expected=(2.2841277707518644, 0.03531556224320972), sample=True,
         name="worked example: two noisy data sets, the mean learner"),
    case(sine, polynomial(1), X_TRAIN, X_TEST, 0.3,
         name="a line fitted to a sine: high bias (200 data sets, seed 0 by default)"),
    case(sine, nearest, X_TRAIN, X_TEST, 0.3, 50, 1, sample=True, name="1-nearest neighbour: low bias, high variance"),
    case(sine, polynomial(3), X_TRAIN, X_TEST, 0.3, 100, name="a cubic: in between"),
    case(line, mean_only, np.array([0.0, 1.0]), np.array([0.0, 1.0]), 0.0, 5, expected=(2.25, 0.0),
         name="the mean of a line at x = 0 and 1: bias² = ((1/2 − (−1))² + (1/2 − 2)²) / 2"),
    case(line, _identity, np.array([0.0]), np.array([0.0]), 2.0, 1, 4,
         name="one data set: the variance is 0"),
    case(line, mean_only, np.array([0.0, 1.0, 2.0]), np.array([1.0]), 1.0, 2, 5,
         name="two data sets: the variance divides by 2, not 1"),
    case(sine, polynomial(1), X_TRAIN, X_TEST, 0.3, 200, 7, name="another seed"),
    case(sine, polynomial(1), X_TRAIN, X_TEST, 0.3, 17, name="seed defaults to 0"),
    case(sine, nearest, X_TRAIN, np.array([0.5]), 0.3, 30, 2, name="one test point"),
    case(scaled_sine(1e6), polynomial(2), X_TRAIN, X_TEST, 1e5, 40, 3, name="targets near 1e6"),
    case(scaled_sine(1e-6), polynomial(2), X_TRAIN, X_TEST, 1e-7, 40, 3, name="targets near 1e-6"),
    case(sine, polynomial(5), np.linspace(0, 1, 40), np.linspace(0, 1, 25), 0.5, 1000, 11, time_limit=3.0,
         name="1,000 data sets of 40 points, 25 test points"),
]


@generate(count=10, seed=59)
def random_problems(rng):
    g = numpy_rng(rng)
    n = rng.randint(4, 15)
    x_train = np.sort(g.uniform(0, 1, n))
    x_test = g.uniform(0, 1, rng.randint(1, 6))
    learner = rng.choice([polynomial(0), polynomial(1), polynomial(2), mean_only, nearest])
    return case(rng.choice([sine, line]), learner, x_train, x_test, rng.choice([0.0, 0.1, 1.0]),
                rng.randint(1, 60), rng.randint(0, 99))
