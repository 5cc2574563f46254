import numpy as np

from drill import case, generate

COMPARE = {"name": "ndarray", "rtol": 1e-9, "atol": 1e-12, "dtype": "exact"}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _rng(seed):
    return np.random.default_rng(seed)


def _sensor(seed, n, spikes):
    g = _rng(seed)
    x = g.normal(20.0, 1.5, size=n)
    where = g.choice(n, size=spikes, replace=False)
    x[where] += g.choice([-1.0, 1.0], size=spikes) * g.uniform(15, 40, size=spikes)
    return x


def _with_nan(seed, n):
    x = _sensor(seed, n, 4)
    x[_rng(seed + 1).random(n) < 0.15] = np.nan
    return x


def _large():
    x = _sensor(2024, 1_000_000, 500)
    x[::1000] = np.nan
    return x


CASES = [
    case(np.array([10, 12, 11, 13, 12, 11, 10, 12, 95, 11]), 2.0,
         expected=np.array([10.0, 12, 11, 13, 12, 11, 10, 12, 11, 11]), sample=True,
         name="worked example: one spike in int64 data"),
    case(np.array([1.0, np.nan, 2.0, 3.0, 2.0, 40.0]), 1.5,
         expected=np.array([1.0, np.nan, 2.0, 3.0, 2.0, 2.0]), sample=True,
         name="NaN is skipped by the statistics and stays in place"),
    case(np.array([-5.0, -4.0, -6.0, -5.0, 30.0, -5.5, -4.5, -40.0]), 1.2, sample=True,
         name="negative values, outliers on both sides"),
    case(np.array([14, 6, 10, 10, 10, 10, 10, 10]), 2.0,
         expected=np.array([14.0, 6, 10, 10, 10, 10, 10, 10]),
         name="exactly k*sigma from the mean is kept (strictly greater only)"),
    case(np.array([14, 6, 10, 10, 10, 10, 10, 10]), 1.5,
         expected=np.array([10.0, 10, 10, 10, 10, 10, 10, 10]),
         name="same data, k=1.5: both ends are outliers"),
    case(np.array([1, 2, 3, 4, 100]), 1.5, expected=np.array([1.0, 2.0, 3.0, 4.0, 2.5]),
         name="even number of inliers: the median is 2.5, so the result must be float"),
    case(np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 30, 200]), 1.0,
         expected=np.array([0.0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 30, 5]),
         name="statistics are computed once: 30 is not an outlier in this pass"),
    case(np.array([1.0, 2.0, 1.0, np.nan, 2.0, 1.0, 2.0, 1.0, 2.0, 1.0, 50.0, np.nan]), 2.0,
         name="median of the inliers must skip NaN"),
    case(np.array([5, 5, 5, 5]), 1.0, expected=np.array([5.0, 5.0, 5.0, 5.0]),
         name="all equal: sigma is 0, nothing is an outlier"),
    case(np.array([0.1, 0.1, 0.1]), 1.0, expected=np.array([0.1, 0.1, 0.1]),
         name="all 0.1: rounding gives sigma 1.4e-17, still nothing changes"),
    case(np.array([], dtype=np.float64), 3.0, expected=np.array([], dtype=np.float64),
         name="empty input"),
    case(np.array([np.nan, np.nan]), 2.0, expected=np.array([np.nan, np.nan]),
         name="all NaN stays all NaN"),
    case(np.array([-7]), 3.0, expected=np.array([-7.0]), name="a single value"),
    case(np.array([0, 0, 0, 0, 0, 0, 0, 0, 0, -1000], dtype=np.int32), 2.0,
         expected=np.zeros(10), name="int32 input with a negative spike and zeros"),
    case(_sensor(8, 40, 3).astype(np.float32), 2.5, name="float32 input gives float64"),
    case(_with_nan(9, 60), 2.0, name="60 readings, 15% NaN, a few spikes"),
    case(_large(), 3.0, time_limit=1.0, name="1,000,000 readings with NaN and spikes, within 1 s"),
]


@generate(count=10, seed=5)
def random_feeds(rng):
    g = np.random.default_rng(rng.randrange(2**32))
    n = rng.randint(1, 80)
    x = g.normal(rng.uniform(-50, 50), rng.uniform(0.5, 5), size=n)
    spikes = g.random(n) < 0.08
    x[spikes] += g.choice([-1.0, 1.0], size=int(spikes.sum())) * rng.uniform(10, 60)
    if rng.random() < 0.5:
        x[g.random(n) < 0.2] = np.nan
    if rng.random() < 0.3:
        x = np.round(np.nan_to_num(x)).astype(np.int64)
    return case(x, rng.choice([1.0, 1.5, 2.0, 2.5, 3.0]))
