"""The reference against np.histogram (on the values without NaN)."""

import numpy as np


def crosscheck(histogram, rng):
    for trial in range(500):
        n = int(rng.integers(0, 4)) if trial % 5 == 0 else int(rng.integers(1, 200))
        x = rng.normal(0, 10.0 ** rng.uniform(-5, 5), size=n)
        if trial % 3 == 0:
            x = np.round(x * 4) / 4  # values on the edges
        if trial % 7 == 0:
            x[:] = x[0] if n else x
        bins = int(rng.integers(1, 12))
        rng_arg = None
        if trial % 2 and n:
            a, b = np.sort(rng.choice(x, size=2))
            rng_arg = (float(a), float(b))
        if trial % 11 == 0:
            x = np.concatenate([x, [np.nan, np.nan]])
        got_c, got_e = histogram(x, bins, rng_arg)
        clean = x[~np.isnan(x)]
        exp_c, exp_e = np.histogram(clean, bins, rng_arg)
        assert np.array_equal(got_c, exp_c) and np.allclose(got_e, exp_e, rtol=1e-12, atol=0), (
            f"trial {trial}: np.histogram gives {exp_c!r}, {exp_e!r}; the reference {got_c!r}, {got_e!r} "
            f"for x={x!r}, bins={bins}, range={rng_arg}")
