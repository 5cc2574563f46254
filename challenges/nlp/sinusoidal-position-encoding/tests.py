import math

import numpy as np

from drill import case, generate

COMPARE = {"name": "ndarray", "rtol": 0.0, "atol": 1e-8, "dtype": "exact"}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _by_hand(positions, d_model, base=10000.0):
    """The formula entry by entry with math.sin/cos: independent of any vectorised layout."""
    pos = np.asarray(positions)
    out = np.empty(pos.shape + (d_model,))
    for idx in np.ndindex(pos.shape):
        p = int(pos[idx])
        for j in range(d_model):
            angle = p * base ** (-2 * (j // 2) / d_model)
            out[idx + (j,)] = math.sin(angle) if j % 2 == 0 else math.cos(angle)
    return out


def hand(positions, d_model, *rest, **options):
    return case(positions, d_model, *rest, expected=_by_hand(positions, d_model, *rest), **options)


EXAMPLE = np.array([
    [0.0, 1.0, 0.0, 1.0],
    [math.sin(1), math.cos(1), math.sin(0.01), math.cos(0.01)],
    [math.sin(2), math.cos(2), math.sin(0.02), math.cos(0.02)],
])

CASES = [
    case(np.arange(3), 4, expected=EXAMPLE, sample=True, name="worked example: 3 positions, d_model = 4"),
    hand(7, 3, sample=True, name="a single integer position and an odd d_model: shape (3,)"),
    hand(np.arange(50), 16, sample=True, name="50 positions, d_model = 16"),
    hand(np.array([0]), 6, name="position 0 is [0, 1, 0, 1, 0, 1]"),
    hand(np.arange(5), 1, name="d_model = 1: only sin(pos)"),
    hand(np.arange(5), 2, name="d_model = 2: sin(pos), cos(pos)"),
    hand(np.arange(6), 7, name="odd d_model = 7: the last column is a sine of the 4th frequency"),
    case(np.zeros(0, dtype=np.int64), 8, expected=np.zeros((0, 8)), name="no positions: shape (0, 8)"),
    hand(np.array([[0, 1, 2, 3], [17, 18, 19, 20]]), 6,
         name="(batch, L) positions: the second sequence starts at offset 17"),
    hand(np.arange(10), 8, 100.0, name="base = 100"),
    hand(np.arange(0, 4000, 397), 12, 500000.0, name="base = 500000 (LLaMA-3's rotary base)"),
    hand(np.array([10**6, 9_999_991, 10**7]), 64,
         name="positions up to 10**7: float64 frequencies and angles are needed"),
    hand(np.array([10**7, 5_000_000, 1], dtype=np.int32), 9, name="int32 positions, odd d_model"),
    hand(np.array([3, 1, 2, 1]), 4, name="positions out of order and repeated: row by row"),
    case(np.arange(4096), 1024, time_limit=2.0,
         name="4096 positions x 1024 columns (a Python loop over the entries is too slow)"),
]


@generate(count=10, seed=2017)
def random_positions(rng):
    n = rng.randint(1, 12)
    top = rng.choice([10, 1000, 10**7])
    positions = np.array([rng.randint(0, top) for _ in range(n)])
    d_model = rng.randint(1, 24)
    if rng.random() < 0.4:
        return hand(positions, d_model, rng.choice([2.0, 100.0, 10000.0, 1e6]))
    return hand(positions, d_model)
