import random

from drill import case, generate

COMPARE = {"name": "close", "abs_tol": 1e-9, "rel_tol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _stream(seed, n, lo=-1_000, hi=1_000):
    rng = random.Random(seed)
    return [rng.randint(lo, hi) for _ in range(n)]


def _latencies(seed, n):
    rng = random.Random(seed)
    return [round(rng.lognormvariate(3, 1), 3) for _ in range(n)]


CASES = [
    case([5, 15, 1, 3, 8], expected=[5.0, 10.0, 5.0, 4.0, 5.0], sample=True, name="worked example"),
    case([], expected=[], sample=True, name="no values"),
    case([2.5, -1], expected=[2.5, 0.75], sample=True, name="two values: their mean"),
    case([7], expected=[7.0], name="a single value"),
    case([3, 3, 3, 3], expected=[3.0, 3.0, 3.0, 3.0], name="all equal"),
    case([1, 2, 3, 4, 5, 6], expected=[1.0, 1.5, 2.0, 2.5, 3.0, 3.5], name="increasing"),
    case([6, 5, 4, 3, 2, 1], expected=[6.0, 5.5, 5.0, 4.5, 4.0, 3.5], name="decreasing"),
    case([1, 100, 2, 99, 3, 98], expected=[1.0, 50.5, 2.0, 50.5, 3.0, 50.5], name="alternating extremes"),
    case([0, 0, 1, 1], expected=[0.0, 0.0, 0.0, 0.5], name="ties in the middle"),
    case([-5, -10, -1], expected=[-5.0, -7.5, -5.0], name="negative values"),
    case([10, 1, 10, 1, 10], expected=[10.0, 5.5, 10.0, 5.5, 10.0], name="an outlier does not move the median far"),
    case([1e308, 1e308], expected=[1e308, 1e308], name="huge values: the mean must not overflow"),
    case([-1e308, -1e308, 1e308], expected=[-1e308, -1e308, -1e308], name="huge negative values"),
    case([1e308, -1e308], expected=[1e308, 0.0], name="opposite huge values"),
    case([5e-324, 5e-324], expected=[5e-324, 5e-324], name="the smallest subnormal"),
    case([1e-300, 3e-300, 2e-300], expected=[1e-300, 2e-300, 2e-300], name="tiny values"),
    case([10**308, 10**308], expected=[1e308, 1e308], name="huge ints"),
    case([2**53 + 1, 2**53 + 3, 1], expected=[float(2**53 + 1), float(2**53 + 2), float(2**53 + 1)],
         name="ints beyond 2**53 are averaged exactly"),
    case([0.1, 0.2], expected=[0.1, 0.15000000000000002], name="floats"),
    case([3, 1.5, 2], expected=[3.0, 2.25, 2.0], name="ints and floats mixed"),
    case([-0.0, 0.0], expected=[0.0, 0.0], name="signed zeros"),
    case(_latencies(11, 1_000), name="1,000 skewed latencies"),
    case(_stream(5, 100_000), time_limit=5.0, name="100,000 values (re-sorting or insort is too slow)"),
]


@generate(count=25, seed=42)
def random_streams(rng):
    n = rng.randint(1, 40)
    spread = rng.choice([3, 50, 10**6])
    return case([rng.randint(-spread, spread) for _ in range(n)])


@generate(count=10, seed=43)
def random_float_streams(rng):
    return case([rng.uniform(-1, 1) * 10 ** rng.randint(-5, 5) for _ in range(rng.randint(1, 30))])
