"""The ndarray comparator: shape, dtype, then values within a tolerance."""

import sys

from .compare_values import _walk
from .launder import type_name
from .render import short_repr


def _is_array(x):
    np = sys.modules.get("numpy")
    return np is not None and type(x) is np.ndarray


def _kind_group(kind):
    return {"i": "integer", "u": "integer", "f": "float", "c": "complex", "b": "bool",
            "U": "string", "S": "bytes", "O": "object", "M": "datetime",
            "m": "timedelta"}.get(kind, kind)


def _ndarray(rtol=1e-7, atol=1e-9, equal_nan=True, dtype="kind"):
    if dtype not in ("kind", "exact", "any"):
        raise ValueError("option 'dtype' must be 'kind', 'exact' or 'any'")

    def compare(expected, actual):
        import numpy as np
        if type(expected) is not np.ndarray:
            expected = np.asarray(expected)
        if type(actual) is not np.ndarray:
            if dtype != "any":
                return f"result: expected a numpy.ndarray, got {type_name(actual)} {short_repr(actual)}"
            try:
                actual = np.asarray(actual)
            except Exception:
                return f"result: expected an array, got {type_name(actual)} {short_repr(actual)}"
        if expected.shape != actual.shape:
            return f"shape: expected {expected.shape}, got {actual.shape}"
        if dtype == "exact" and expected.dtype != actual.dtype:
            return f"dtype: expected {expected.dtype}, got {actual.dtype}"
        if dtype == "kind" and _kind_group(expected.dtype.kind) != _kind_group(actual.dtype.kind):
            return (f"dtype: expected {_kind_group(expected.dtype.kind)} values ({expected.dtype}),"
                    f" got {_kind_group(actual.dtype.kind)} values ({actual.dtype})")
        bad = _differing(expected, actual, rtol, atol, equal_nan)
        if bad is None:
            return f"values: cannot compare {expected.dtype} with {actual.dtype}"
        count = int(bad.sum())
        if count == 0:
            return None
        where = np.argwhere(bad)[:5]
        lines = [f"values: {count} of {expected.size} differ"
                 + (f" (tolerance: absolute {atol:g}, relative {rtol:g})"
                    if expected.dtype.kind in "fc" or actual.dtype.kind in "fc" else "")]
        for idx in where:
            idx = tuple(int(i) for i in idx)
            lines.append(f"  at {list(idx)}: expected {short_repr(expected[idx].item() if hasattr(expected[idx], 'item') else expected[idx])}, "
                         f"got {short_repr(actual[idx].item() if hasattr(actual[idx], 'item') else actual[idx])}")
        return "\n".join(lines)
    return compare


def _differing(e, a, rtol, atol, equal_nan):
    """Boolean mask of positions that differ, or None when the kinds cannot be compared."""
    import numpy as np
    numeric = "biufc"
    if e.dtype.kind in numeric and a.dtype.kind in numeric:
        if e.dtype.kind in "biu" and a.dtype.kind in "biu":
            return e != a
        as_type = complex if "c" in (e.dtype.kind + a.dtype.kind) else float
        ef, af = e.astype(as_type), a.astype(as_type)
        with np.errstate(invalid="ignore", over="ignore"):
            ok = np.isclose(ef, af, rtol=rtol, atol=atol, equal_nan=equal_nan)
        return ~ok
    if e.dtype.kind in numeric or a.dtype.kind in numeric:
        if e.dtype.kind != "O" and a.dtype.kind != "O":
            return None
    out = np.zeros(e.shape, dtype=bool)
    for idx in np.ndindex(e.shape):
        x, y = e[idx], a[idx]
        x = x.item() if hasattr(x, "item") and type(x).__module__ == "numpy" else x
        y = y.item() if hasattr(y, "item") and type(y).__module__ == "numpy" else y
        out[idx] = _walk(x, y, "", (atol, rtol, equal_nan)) is not None
    return out
