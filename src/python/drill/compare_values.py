"""The exact and close comparators' walk over plain Python values: lists, tuples, dicts and sets
item by item, numbers within a tolerance; NumPy arrays and pandas objects met on the way are
handed to their own comparators."""

import math

from .launder import type_name
from .render import short_repr

_NUMBER = (int, float)


def _walk(e, a, where, tol):
    te, ta = type(e), type(a)
    if tol is not None and te in _NUMBER and ta in _NUMBER:
        if _numbers_close(e, a, tol):
            return None
        return f"{where}: expected {short_repr(e)}, got {short_repr(a)}" + _tol_note(tol)
    if te is not ta:
        return (f"{where}: expected {type_name(e)} {short_repr(e)}, "
                f"got {type_name(a)} {short_repr(a)}")
    if te in (list, tuple):
        for i, (x, y) in enumerate(zip(e, a)):
            diff = _walk(x, y, f"{where}[{i}]", tol)
            if diff:
                return diff
        if len(e) != len(a):
            extra = (f"extra item {short_repr(a[len(e)])}" if len(a) > len(e)
                     else f"missing item {short_repr(e[len(a)])}")
            return f"{where}: expected length {len(e)}, got {len(a)} ({extra} at [{min(len(e), len(a))}])"
        return None
    if te is dict:
        missing = [k for k in e if k not in a]
        extra = [k for k in a if k not in e]
        if missing or extra:
            parts = []
            if missing:
                parts.append("missing keys " + ", ".join(short_repr(k) for k in missing[:5]))
            if extra:
                parts.append("unexpected keys " + ", ".join(short_repr(k) for k in extra[:5]))
            return f"{where}: " + "; ".join(parts)
        for k in e:
            diff = _walk(e[k], a[k], f"{where}[{short_repr(k)}]", tol)
            if diff:
                return diff
        return None
    if te in (set, frozenset):
        if e == a:
            return None
        missing, extra = e - a, a - e
        parts = []
        if missing:
            parts.append("missing " + ", ".join(short_repr(x) for x in list(missing)[:5]))
        if extra:
            parts.append("unexpected " + ", ".join(short_repr(x) for x in list(extra)[:5]))
        return f"{where}: " + "; ".join(parts)
    if te is float and math.isnan(e) and math.isnan(a):
        return None
    if compare_arrays._is_array(e):
        if tol is None:
            return compare_arrays._ndarray()(e, a)
        return compare_arrays._ndarray(rtol=tol[1], atol=tol[0], equal_nan=tol[2], dtype="any")(e, a)
    if compare_frames._is_frame_like(e):
        return compare_frames._frame_or_series(e, a)
    if e == a:
        return None
    return f"{where}: expected {short_repr(e)}, got {short_repr(a)}"


def _numbers_close(e, a, tol):
    abs_tol, rel_tol, nan_equal = tol
    if math.isnan(e) or math.isnan(a):
        return nan_equal and math.isnan(e) and math.isnan(a)
    if math.isinf(e) or math.isinf(a):
        return e == a
    return math.isclose(e, a, rel_tol=rel_tol, abs_tol=abs_tol)


def _tol_note(tol):
    return f" (tolerance: absolute {tol[0]:g}, relative {tol[1]:g})"


# Last, and as modules: they import _walk from here to compare the items nested in arrays and
# columns, so they may be loaded while this module still is.
from . import compare_arrays, compare_frames  # noqa: E402
