"""The series and frame comparators: labels, index and column order, then column by column."""

import math
import sys

from .compare_columns import _column_diff, _differ, _numpy_scalar_types
from .compare_values import _NUMBER
from .launder import type_name
from .render import short_repr


def _is_frame_like(x):
    pd = sys.modules.get("pandas")
    return pd is not None and type(x) in (pd.DataFrame, pd.Series)


def _index_diff(ei, ai):
    """None when two equally long indexes hold the same labels in the same order."""
    import numpy as np
    if ei.nlevels != ai.nlevels:
        return f"index: expected {ei.nlevels} level(s), got {ai.nlevels}"
    bad = np.zeros(len(ei), dtype=bool)
    for level in range(ei.nlevels):
        bad |= _differ(ei.get_level_values(level), ai.get_level_values(level), (0.0, 0.0),
                       True, False)
    if not bad.any():
        return None
    i = int(np.argmax(bad))
    return (f"index: expected {_labels_near(ei, i)}, got {_labels_near(ai, i)}"
            f" (first difference at position {i})")


def _labels_near(index, i, width=3):
    """The labels of a short index, or those around position i of a long one."""
    if len(index) <= 20:
        return short_repr(index.tolist())
    lo, hi = max(0, i - width), min(len(index), i + width + 1)
    shown = ", ".join(short_repr(x, 60) for x in index[lo:hi].tolist())
    return f"[{'..., ' if lo else ''}{shown}{', ...' if hi < len(index) else ''}]"


def _label_key(x):
    """A hashable key under which equal labels meet: 1 and 1.0 alike, NaN equal to NaN."""
    np = sys.modules.get("numpy")
    if np is not None and type(x) in _numpy_scalar_types():
        x = x.item()
    t = type(x)
    if t is float and math.isnan(x):
        return ("nan",)
    if t in _NUMBER:
        return ("number", x)
    if t is tuple:
        return ("tuple", tuple(_label_key(v) for v in x))
    return (t, x)


def _match_columns(ecols, acols, ignore_order):
    """(message, None) when the column labels differ, else (None, the actual column positions
    in expected order)."""
    free = {}
    for j, c in enumerate(acols):
        free.setdefault(_label_key(c), []).append(j)
    order, missing = [], []
    for c in ecols:
        spots = free.get(_label_key(c))
        if spots:
            order.append(spots.pop(0))
        else:
            missing.append(c)
    taken = set(order)
    extra = [c for j, c in enumerate(acols) if j not in taken]
    if missing or extra:
        parts = []
        if missing:
            parts.append("missing " + ", ".join(short_repr(c, 60) for c in missing[:10]))
        if extra:
            parts.append("unexpected " + ", ".join(short_repr(c, 60) for c in extra[:10]))
        return "columns: " + "; ".join(parts), None
    if not ignore_order and order != sorted(order):
        return f"column order: expected {short_repr(ecols)}, got {short_repr(acols)}", None
    return None, order


def _series(rtol=1e-7, atol=1e-9, equal_nan=True, dtype="kind", check_index=True,
            check_name=False, ignore_order=False):
    def compare(expected, actual):
        import pandas as pd
        if type(actual) is not pd.Series:
            return f"result: expected a pandas.Series, got {type_name(actual)} {short_repr(actual)}"
        e, a = expected, actual
        if check_name and _label_key(e.name) != _label_key(a.name):
            return f"name: expected {short_repr(e.name)}, got {short_repr(a.name)}"
        if len(e) != len(a):
            return f"length: expected {len(e)} rows, got {len(a)}"
        if ignore_order:
            e, a = _sort_series(e), _sort_series(a)
        if check_index:
            diff = _index_diff(e.index, a.index)
            if diff:
                return diff
        return _column_diff(e, a, "values", rtol, atol, equal_nan, dtype, e.index)
    return compare


def _sort_series(s):
    try:
        return s.sort_index(kind="mergesort")
    except TypeError:
        return s


def _frame(rtol=1e-7, atol=1e-9, equal_nan=True, dtype="kind", check_index=True,
           ignore_row_order=False, ignore_column_order=False):
    def compare(expected, actual):
        import pandas as pd
        if type(actual) is not pd.DataFrame:
            return f"result: expected a pandas.DataFrame, got {type_name(actual)} {short_repr(actual)}"
        e, a = expected, actual
        ecols = e.columns.tolist()
        diff, order = _match_columns(ecols, a.columns.tolist(), ignore_column_order)
        if diff:
            return diff
        a = a.iloc[:, order]
        if e.shape != a.shape:
            return f"shape: expected {e.shape[0]} rows x {e.shape[1]} columns, got {a.shape[0]} x {a.shape[1]}"
        rows = e.index
        if ignore_row_order:
            e, a, rows = _sort_rows(e), _sort_rows(a), None
        elif check_index:
            diff = _index_diff(e.index, a.index)
            if diff:
                return diff
        for j, c in enumerate(ecols):
            diff = _column_diff(e.iloc[:, j], a.iloc[:, j], f"column {c!r}", rtol, atol, equal_nan,
                                dtype, rows)
            if diff:
                return diff
        return None
    return compare


def _sort_rows(df):
    """The rows in a canonical order (by every column, stably), renumbered 0..n-1."""
    import pandas as pd
    df = df.set_axis(range(df.shape[1]), axis=1).reset_index(drop=True)
    by = list(df.columns)
    try:
        return df.sort_values(by=by, kind="mergesort", na_position="last").reset_index(drop=True)
    except TypeError:  # mixed types in a column: order those columns by their text instead
        keys = pd.DataFrame({j: df[j].map(repr) if df[j].dtype == object else df[j] for j in by})
        try:
            order = keys.sort_values(by=by, kind="mergesort", na_position="last").index
        except TypeError:
            order = keys.astype(str).sort_values(by=by, kind="mergesort").index
        return df.iloc[order].reset_index(drop=True)


def _frame_or_series(e, a):
    import pandas as pd
    return (_frame() if type(e) is pd.DataFrame else _series())(e, a)
