import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def pair_check(actual, expected, *args, **kwargs):
    if type(actual) not in (tuple, list) or len(actual) != 2:
        return f"expected a tuple (cleaned, is_outlier), got {type(actual).__name__}"
    cleaned, flags = actual
    for name, got, want, kind in (("cleaned", cleaned, expected[0], "f"), ("is_outlier", flags, expected[1], "b")):
        if type(got) is not np.ndarray:
            return f"{name}: expected a numpy.ndarray, got {type(got).__name__}"
        if got.shape != want.shape:
            return f"{name}: expected shape {want.shape}, got {got.shape}"
        if got.dtype.kind != kind:
            return f"{name}: expected {'float64' if kind == 'f' else 'bool'} values, got {got.dtype}"
    wrong = flags != expected[1]
    if wrong.any():
        i = int(np.flatnonzero(wrong)[0])
        return (f"is_outlier[{i}]: expected {bool(expected[1][i])}, got {bool(flags[i])} "
                f"({int(wrong.sum())} positions differ)")
    bad = ~np.isclose(cleaned, expected[0], rtol=1e-12, atol=0.0)
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        return f"cleaned[{i}]: expected {expected[0][i]!r}, got {cleaned[i]!r} ({int(bad.sum())} positions differ)"
    return None


def hampel(*args, **options):
    return case(*args, check=pair_check, **options)


def _noisy(seed, n, n_spikes, scale=1.0, loc=20.0):
    g = np.random.default_rng(seed)
    x = loc + scale * np.cumsum(g.normal(0, 0.1, size=n)) + scale * g.normal(0, 0.2, size=n)
    spikes = g.choice(n, size=n_spikes, replace=False)
    x[spikes] += scale * g.choice([-1, 1], size=n_spikes) * g.uniform(5, 50, size=n_spikes)
    return x


EX = np.array([1.0, 1.2, 0.9, 25.0, 1.1, 1.0, 0.8, 1.3])
F, T = False, True

CASES = [
    hampel(EX, kwargs={"half_window": 2},
           expected=(np.array([1.0, 1.2, 0.9, 1.1, 1.1, 1.0, 0.8, 1.3]), np.array([F, F, F, T, F, F, F, F])),
           sample=True, name="worked example: one spike replaced by its window median"),
    hampel(_noisy(1, 40, 3), sample=True, name="defaults (half_window=3, n_sigmas=3): a noisy series with 3 spikes"),
    hampel(np.array([1.0, 50.0, 1.0, 2.0, 1.0]), expected=(np.array([1.0, 50.0, 1.0, 2.0, 1.0]), np.zeros(5, bool)),
           sample=True, name="shorter than 2k + 1 = 7: nothing has a full window"),
    hampel(np.full(9, 4.0), expected=(np.full(9, 4.0), np.zeros(9, bool)),
           name="a constant series: MAD 0, but nothing differs from the median"),
    hampel(np.array([5.0, 5.0, 5.0, 6.0, 5.0, 5.0, 5.0]),
           expected=(np.full(7, 5.0), np.array([F, F, F, T, F, F, F])),
           name="MAD 0: any value different from the median is an outlier"),
    hampel(np.array([1.0, 2.0, 4.0, 2.0, 1.0]), kwargs={"half_window": 1, "n_sigmas": 0.0},
           expected=(np.array([1.0, 2.0, 2.0, 2.0, 1.0]), np.array([F, F, T, F, F])),
           name="n_sigmas=0: everything off its median is replaced"),
    hampel(np.array([0.0, 1.0, 3.0, 5.0, 6.0]), kwargs={"half_window": 2, "n_sigmas": 0.0},
           expected=(np.array([0.0, 1.0, 3.0, 5.0, 6.0]), np.zeros(5, bool)),
           name="exactly at the median with n_sigmas=0: not an outlier (strictly greater)"),
    hampel(np.array([1.0, 9.0, 2.0]), kwargs={"half_window": 1},
           expected=(np.array([1.0, 2.0, 2.0]), np.array([F, T, F])), name="n = 2k + 1: one full window"),
    hampel(np.array([1.0, 9.0]), kwargs={"half_window": 1},
           expected=(np.array([1.0, 9.0]), np.zeros(2, bool)), name="n = 2k: no full window"),
    hampel(np.array([], dtype=np.float64), expected=(np.zeros(0), np.zeros(0, bool)), name="empty input"),
    hampel(np.array([10, 11, 10, 12, -90, 11, 10, 11, 12], dtype=np.int64), kwargs={"half_window": 2},
           name="integer readings with a negative spike give float64"),
    hampel(np.array([1.0, 1.1, 0.9, 30.0, 31.0, 1.0, 1.2, 0.8, 1.1]), kwargs={"half_window": 1},
           name="two adjacent spikes with k=1: each window's median is a spike"),
    hampel(np.array([1.0, 1.1, 0.9, 30.0, 31.0, 1.0, 1.2, 0.8, 1.1]), kwargs={"half_window": 3},
           name="the same two spikes with k=3: both found"),
    hampel(np.array([1.0, 1.1, 0.9, 1.05, 30.0, 0.95, 1.0, 1.2, 0.8]), kwargs={"half_window": 2, "n_sigmas": 100.0},
           name="a large n_sigmas keeps a moderate spike"),
    hampel(_noisy(2, 60, 5, scale=1e10), kwargs={"half_window": 4}, name="readings near 1e12"),
    hampel(_noisy(3, 60, 5, scale=1e-9, loc=0.0), kwargs={"half_window": 2, "n_sigmas": 2.5},
           name="tiny readings near 1e-9"),
    hampel(_noisy(2024, 100_000, 250), kwargs={"half_window": 5}, time_limit=1.0,
           name="100,000 readings with half_window=5 within 1 s"),
]


@generate(count=12, seed=601)
def random_series(rng):
    g = numpy_rng(rng)
    n = rng.randint(0, 40)
    x = np.round(g.normal(0, 1, size=n), 1)  # rounded: ties and MAD = 0 now and then
    x[g.random(n) < 0.1] += g.choice([-20.0, 20.0])
    return hampel(x, kwargs={"half_window": rng.randint(1, 4), "n_sigmas": rng.choice([0.0, 1.0, 2.0, 3.0])})
