import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "close", "rel_tol": 1e-12, "abs_tol": 1e-15}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _walk(seed, n, vol=0.01):
    g = np.random.default_rng(seed)
    return 100.0 * np.exp(np.cumsum(g.normal(0.0002, vol, size=n)))


CASES = [
    case(np.array([100.0, 120.0, 90.0, 120.0, 60.0, 130.0, 125.0]), expected=(0.5, 1, 4), sample=True,
         name="worked example: the peak is the first day of the high"),
    case(np.array([1.0, 2.0, 3.0, 4.0]), expected=(0.0, 0, 0), sample=True,
         name="prices only rise: no drawdown"),
    case(np.array([50.0, 40.0, 30.0, 60.0, 59.0]), expected=(0.4, 0, 2), sample=True,
         name="the fall starts on day 0"),
    case(np.array([7.0]), expected=(0.0, 0, 0), name="one price"),
    case(np.array([10.0, 4.0]), expected=(0.6, 0, 1), name="two prices, a fall"),
    case(np.array([4.0, 10.0]), expected=(0.0, 0, 0), name="two prices, a rise"),
    case(np.array([5.0, 5.0, 5.0]), expected=(0.0, 0, 0), name="flat prices"),
    case(np.array([10.0, 5.0, 10.0, 5.0]), expected=(0.5, 0, 1), name="two equal drawdowns: the first trough"),
    case(np.array([10.0, 12.0, 12.0, 6.0, 12.0]), expected=(0.5, 1, 3), name="a high held for two days: the first"),
    case(np.array([3.0, 2.0, 100.0, 50.0]), expected=(0.5, 2, 3),
         name="the lowest price is not the trough: a later, deeper fall from a new high"),
    case(np.array([100.0, 1.0, 300.0, 200.0]), expected=(0.99, 0, 1),
         name="the global high is not the peak: an earlier, deeper fall"),
    case(np.array([1e300, 1e-300, 1e300]), expected=(1.0, 0, 1),
         name="prices from 1e300 down to 1e-300"),
    case(np.array([2e-300, 1e-300, 3e-300]), expected=(0.5, 0, 1), name="tiny prices"),
    case(np.array([1.0, 1.0 - 1e-12, 2.0]), expected=(1e-12, 0, 1), name="a fall of 1e-12 is still a drawdown"),
    case(np.array([3, 9, 6, 12, 3], dtype=np.int64), expected=(0.75, 3, 4), name="integer prices"),
    case(_walk(11, 1000), name="a random walk of 1,000 days"),
    case(_walk(12, 5000, vol=0.05), name="a volatile random walk of 5,000 days"),
    case(_walk(2024, 2_000_000), time_limit=1.0, name="2,000,000 days within 1 s"),
]


@generate(count=12, seed=503)
def random_curves(rng):
    g = numpy_rng(rng)
    n = rng.randint(1, 40)
    p = np.round(g.uniform(1, 10, size=n)) * 10.0 ** rng.randint(-3, 3)  # rounded: equal highs now and then
    return case(p)
