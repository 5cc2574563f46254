import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "close", "rel_tol": 1e-12, "abs_tol": 1e-12}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

EX = np.array([2.0, 4.0, 4.0, 5.0, 7.0, 9.0, 12.0, 3.0])


def _revenue(seed, n):
    g = np.random.default_rng(seed)
    return np.round(g.lognormal(1.0, 1.0, size=n) * (g.random(n) < 0.3), 2)  # mostly zeros, a long tail


CASES = [
    case(EX, sample=True, name="worked example with the defaults (mean, 1000 resamples, 95%, seed 0)"),
    case(EX, "median", 200, 0.1, 42, sample=True, name="median, 200 resamples, 90%, seed 42"),
    case(np.array([1, 0, 0, 1, 1, 0, 1, 1, 1, 0], dtype=np.int64), kwargs={"seed": 7}, sample=True,
         name="a conversion rate from integer 0/1 data, seed 7"),
    case(np.array([3.5]), expected=(3.5, 3.5, 3.5), name="one value: every resample is that value"),
    case(np.array([1.0, 2.0]), kwargs={"n_boot": 1}, name="two values, a single resample"),
    case(np.array([1.0, 2.0]), kwargs={"n_boot": 5, "seed": 3}, name="two values, five resamples"),
    case(EX, kwargs={"alpha": 0.5}, name="alpha=0.5: the interquartile range of the replicates"),
    case(EX, kwargs={"alpha": 0.01, "n_boot": 3000}, name="alpha=0.01 with 3000 resamples"),
    case(EX, kwargs={"seed": 1}, name="another seed, another interval"),
    case(np.array([5.0, 5.0, 5.0, 5.0]), "median", expected=(5.0, 5.0, 5.0), name="constant data"),
    case(np.array([1e300, -1e300, 5e299, 0.0, 2e299]), "median", 300, name="magnitudes of 1e300 (median)"),
    case(np.array([1e-300, 3e-300, 2e-300]), kwargs={"n_boot": 100}, name="tiny values"),
    case(_revenue(11, 300), "mean", 2000, 0.05, 123, name="skewed revenue per user, 300 users"),
    case(_revenue(12, 2000), "median", 2000, name="median of 2000 users, 2000 resamples (4 million draws)",
         time_limit=1.0),
]


@generate(count=10, seed=1009)
def random_samples(rng):
    g = numpy_rng(rng)
    n = rng.randint(1, 25)
    x = np.round(g.normal(10, 5, size=n), 1)
    return case(x, rng.choice(["mean", "median"]), rng.randint(1, 300), rng.choice([0.05, 0.1, 0.2]),
                rng.randint(0, 10**6))
