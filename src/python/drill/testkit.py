"""Helpers that drill tests keep re-writing: `from drill.testkit import ...` in a tests.py.

- numpy_rng(rng): a NumPy Generator seeded from a @generate function's random.Random.
- numeric_gradient(f, x): central finite differences of a scalar function.
- gradient_problem(name, analytic, f, x): None, or a message naming the first entry of an
  analytic gradient that disagrees with finite differences (for a `check=` function).
- well_conditioned(seed, n, d, cond): a seeded matrix whose condition number is exactly `cond`.
- spd_matrix(seed, d, cond): a seeded symmetric positive definite matrix with that condition number.
- random_frame(seed, n, columns, missing): a seeded pandas DataFrame of the column kinds asked for.

NumPy and pandas are imported when a helper is called, so pure-Python drills may import this too.
Every helper is deterministic for a given seed.
"""

import math


def numpy_rng(rng):
    """np.random.default_rng seeded from a random.Random (the `rng` a @generate function gets)."""
    import numpy as np

    return np.random.default_rng(rng.randrange(2**32))


def numeric_gradient(f, x, h=1e-6):
    """d f / d x by central differences: (f(x + h e_i) - f(x - h e_i)) / 2h for every entry i.

    f takes an array shaped like x and returns a number; x is not changed. float64 throughout.
    """
    import numpy as np

    x = np.array(x, dtype=np.float64)
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        saved = x[idx]
        x[idx] = saved + h
        up = float(f(x.copy()))
        x[idx] = saved - h
        down = float(f(x.copy()))
        x[idx] = saved
        grad[idx] = (up - down) / (2 * h)
    return grad


def gradient_problem(name, analytic, f, x, h=1e-6, rtol=1e-5, atol=1e-5):
    """None when `analytic` matches numeric_gradient(f, x); else a message for the candidate.

    name: what the gradient is called in the statement, e.g. "dW".
    """
    import numpy as np

    analytic = np.asarray(analytic)
    x = np.asarray(x, dtype=np.float64)
    if analytic.shape != x.shape:
        return f"{name}: shape must be {x.shape} (the shape of what it differentiates), got {analytic.shape}"
    numeric = numeric_gradient(f, x, h)
    bad = ~np.isclose(analytic, numeric, rtol=rtol, atol=atol)
    if not bad.any():
        return None
    idx = tuple(int(i) for i in np.argwhere(bad)[0])
    return (f"{name}{list(idx)} is {float(analytic[idx])!r}, but the finite-difference estimate is "
            f"{float(numeric[idx]):.8f} (central difference, h = {h:g}; {int(bad.sum())} of "
            f"{bad.size} entries disagree)")


def well_conditioned(seed, n, d=None, cond=10.0, scale=1.0):
    """An n x d float64 matrix (d defaults to n) with singular values spread evenly from `scale`
    to `scale * cond`, so its condition number is `cond`: least squares, ridge and inverses on it
    are stable, and a wrong formula cannot hide behind round-off."""
    import numpy as np

    d = n if d is None else d
    k = min(n, d)
    if k == 0:
        return np.zeros((n, d))
    if cond < 1:
        raise ValueError("cond must be at least 1")
    g = np.random.default_rng(seed)
    u, _ = np.linalg.qr(g.normal(size=(n, k)))
    v, _ = np.linalg.qr(g.normal(size=(d, k)))
    singular = scale * np.linspace(cond, 1.0, k) if k > 1 else np.array([scale * cond])
    return (u * singular) @ v.T


def spd_matrix(seed, d, cond=10.0):
    """A d x d symmetric positive definite float64 matrix with eigenvalues from 1 to `cond`."""
    import numpy as np

    g = np.random.default_rng(seed)
    q, _ = np.linalg.qr(g.normal(size=(d, d)))
    eig = np.linspace(cond, 1.0, d) if d > 1 else np.array([float(cond)])
    m = (q * eig) @ q.T
    return (m + m.T) / 2


_KINDS = ("int", "float", "str", "category", "bool", "date")


def random_frame(seed, n, columns, missing=0.0):
    """A seeded pandas DataFrame with n rows (default RangeIndex).

    columns: {name: kind}; kind is "int" (0..99, int64), "float" (normal, float64), "str" (short
    words, object), "category" (from a few labels), "bool", "date" (days in 2024, datetime64), or
    a list of labels to draw from. missing: the share of cells set to missing in float, str,
    category, list and date columns (NaN, None or NaT); int and bool columns stay complete.
    """
    import numpy as np
    import pandas as pd

    if not 0 <= missing <= 1:
        raise ValueError("missing must be between 0 and 1")
    g = np.random.default_rng(seed)
    words = np.array(["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta"], dtype=object)
    data = {}
    for name, kind in columns.items():
        if isinstance(kind, (list, tuple)):
            values = pd.Series(np.array(kind, dtype=object)[g.integers(0, len(kind), n)], dtype=object)
        elif kind == "int":
            values = pd.Series(g.integers(0, 100, n), dtype="int64")
        elif kind == "float":
            values = pd.Series(g.normal(size=n), dtype="float64")
        elif kind == "str":
            values = pd.Series(words[g.integers(0, len(words), n)], dtype=object)
        elif kind == "category":
            values = pd.Series(words[g.integers(0, 4, n)], dtype=object)
        elif kind == "bool":
            values = pd.Series(g.random(n) < 0.5, dtype="bool")
        elif kind == "date":
            values = pd.Series(pd.Timestamp("2024-01-01") + pd.to_timedelta(g.integers(0, 366, n), "D"))
        else:
            raise ValueError(f"unknown column kind {kind!r} (known: {', '.join(_KINDS)} or a list)")
        if missing and kind not in ("int", "bool"):
            holes = g.random(n) < missing
            values = values.mask(holes)
        if kind == "category":
            values = values.astype("category")
        data[name] = values
    return pd.DataFrame(data, index=pd.RangeIndex(n))


def is_close(a, b, rel=1e-9, abs_=1e-12):
    """math.isclose for plain numbers, with NaN equal to NaN (handy in custom checks)."""
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return math.isclose(a, b, rel_tol=rel, abs_tol=abs_)
