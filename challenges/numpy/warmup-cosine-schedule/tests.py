import math

import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng

COMPARE = {"name": "ndarray", "rtol": 1e-12, "atol": 1e-15, "dtype": "exact"}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def ref(step, base_lr=1e-3, warmup=100, total=1000, min_lr=0.0):
    """The formula per step, in plain Python: the expected values of the hand-written cases."""
    if step < warmup:
        return base_lr * step / warmup
    if step < total:
        p = (step - warmup) / (total - warmup)
        return min_lr + (base_lr - min_lr) * 0.5 * (1 + math.cos(math.pi * p))
    return min_lr


def exact(steps, *args, name, **options):
    steps = np.asarray(steps)
    expected = np.array([ref(int(s), *args) for s in steps.ravel()], dtype=np.float64).reshape(steps.shape)
    return case(steps, *args, expected=expected, name=name, **options)


CASES = [
    case(np.array([0, 50, 100, 550, 1000, 1200]), expected=np.array([0.0, 0.0005, 0.001, 0.0005, 0.0, 0.0]),
         sample=True, name="worked example with the defaults"),
    exact(np.arange(5), 1.0, 0, 4, 0.2, sample=True, name="no warmup, a floor of 0.2"),
    exact(np.arange(0, 30, 3), 0.1, 10, 20, 0.01, sample=True, name="every phase, with a floor"),
    exact(np.array([99, 100, 101]), name="around the end of the default warmup"),
    exact(np.array([999, 1000, 1001]), name="around the default total"),
    exact(np.array([0, 1, 2, 5]), 0.5, 3, 3, 0.1, name="warmup_steps == total_steps: no decay phase"),
    exact(np.array([0, 1, 7]), 0.5, 0, 0, 0.1, name="both 0: min_lr everywhere"),
    exact(np.array([0]), 2e-4, 1, 2, 0.0, name="a single step"),
    case(np.array(250), expected=np.array(ref(250)), name="a 0-d step gives a 0-d array"),
    exact(np.array([[0, 10], [400, 5000]]), 3e-4, 20, 500, 1e-5, name="a 2-D array of steps keeps its shape"),
    exact(np.array([10**12, 10**9]), 1e-3, 100, 10**10, 1e-6, name="steps up to 1e12"),
    exact(np.arange(0, 2001, 7).astype(np.int32), 6e-4, 250, 1800, 6e-5, name="int32 steps over a whole run"),
    exact(np.array([], dtype=np.int64), name="no steps: an empty array"),
]


@generate(count=12, seed=1601)
def random_schedules(rng):
    g = numpy_rng(rng)
    total = rng.randint(0, 50)
    warmup = rng.randint(0, total)
    base = rng.choice([1e-4, 1e-3, 0.1, 1.0])
    floor = base * rng.choice([0.0, 0.1, 0.5, 1.0])
    steps = g.integers(0, 60, size=rng.randint(0, 12))
    return case(steps, base, warmup, total, floor)
