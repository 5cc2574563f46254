"""Named comparators. Each takes laundered (trusted) expected and actual values and returns None
when they match, or a plain-words description of the first differences."""

import math
import sys

from .launder import type_name
from .render import short_repr

_NUMBER = (int, float)


def make_comparator(spec):
    """A comparator from a name or {"name": ..., option: value}; ValueError names what is wrong."""
    if isinstance(spec, str):
        name, options = spec, {}
    elif isinstance(spec, dict) and isinstance(spec.get("name"), str):
        name, options = spec["name"], {k: v for k, v in spec.items() if k != "name"}
    else:
        raise ValueError(f"must be a comparator name or {{'name': ...}}, got {spec!r}")
    if name not in COMPARATORS:
        raise ValueError(f"unknown comparator {name!r} (known: {', '.join(COMPARATORS)})")
    factory, allowed = COMPARATORS[name]
    unknown = sorted(set(options) - set(allowed))
    if unknown:
        raise ValueError(f"comparator {name!r} has no option {unknown[0]!r} "
                         f"(options: {', '.join(allowed) or 'none'})")
    merged = {**allowed, **options}
    fn = factory(**merged)
    fn.description = name if not options else f"{name} {options}"
    return fn


# ---- exact and close: plain Python values, recursively ------------------------------------

def _exact():
    def compare(expected, actual):
        return _walk(expected, actual, "result", None)
    return compare


def _close(abs_tol, rel_tol, nan_equal):
    tol = (abs_tol, rel_tol, nan_equal)

    def compare(expected, actual):
        if _is_array(expected) or _is_array(actual):
            return _ndarray(rtol=rel_tol, atol=abs_tol, equal_nan=nan_equal, dtype="any")(
                expected, actual)
        return _walk(expected, actual, "result", tol)
    return compare


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
    if _is_array(e):
        if tol is None:
            return _ndarray()(e, a)
        return _ndarray(rtol=tol[1], atol=tol[0], equal_nan=tol[2], dtype="any")(e, a)
    if _is_frame_like(e):
        return _frame_or_series(e, a)
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


# ---- unordered: a collection whose order does not matter ----------------------------------

def _unordered():
    def compare(expected, actual):
        if type(actual) not in (list, tuple, set, frozenset):
            return f"result: expected a list, got {type_name(actual)} {short_repr(actual)}"
        ek = {}
        for x in expected:
            ek[_freeze(x)] = ek.get(_freeze(x), 0) + 1
        ak = {}
        for x in actual:
            ak[_freeze(x)] = ak.get(_freeze(x), 0) + 1
        if ek == ak:
            return None
        missing = [k for k in ek if ek[k] > ak.get(k, 0)]
        extra = [k for k in ak if ak[k] > ek.get(k, 0)]
        parts = [f"expected {len(expected)} items in any order, got {len(actual)}"]
        if missing:
            parts.append("missing " + ", ".join(short_repr(_thaw(k)) for k in missing[:5]))
        if extra:
            parts.append("unexpected " + ", ".join(short_repr(_thaw(k)) for k in extra[:5]))
        return "result: " + "; ".join(parts)
    return compare


def _freeze(x):
    t = type(x)
    if t in (list, tuple):
        return (t.__name__, tuple(_freeze(v) for v in x))
    if t is dict:
        return ("dict", tuple((_freeze(k), _freeze(v)) for k, v in x.items()))
    if t in (set, frozenset):
        return ("set", frozenset(_freeze(v) for v in x))
    if t is float and math.isnan(x):
        return ("nan",)
    return (t.__name__, x)


def _thaw(k):
    tag = k[0]
    if tag in ("list", "tuple"):
        items = [_thaw(v) for v in k[1]]
        return items if tag == "list" else tuple(items)
    if tag == "dict":
        return {_thaw(a): _thaw(b) for a, b in k[1]}
    if tag == "set":
        return {_thaw(v) for v in k[1]}
    if tag == "nan":
        return float("nan")
    return k[1]


# ---- NumPy arrays ---------------------------------------------------------------------------

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


# ---- pandas ---------------------------------------------------------------------------------

def _is_frame_like(x):
    pd = sys.modules.get("pandas")
    return pd is not None and type(x) in (pd.DataFrame, pd.Series)


def _pandas_kind(dtype):
    import pandas as pd
    api = pd.api.types
    if api.is_bool_dtype(dtype):
        return "bool"
    if api.is_integer_dtype(dtype):
        return "integer"
    if api.is_float_dtype(dtype):
        return "float"
    if api.is_datetime64_any_dtype(dtype):
        return "datetime"
    if api.is_timedelta64_dtype(dtype):
        return "timedelta"
    if isinstance(dtype, pd.CategoricalDtype):
        return "category"
    if api.is_string_dtype(dtype):
        return "string"
    return str(dtype)


def _column_diff(e, a, label, rtol, atol, equal_nan, dtype, row_labels):
    """Compare two Series positionally; describe the differing cells of column `label`."""
    import numpy as np
    import pandas as pd
    if dtype == "exact" and e.dtype != a.dtype:
        return f"{label}: dtype expected {e.dtype}, got {a.dtype}"
    if dtype == "kind" and _pandas_kind(e.dtype) != _pandas_kind(a.dtype):
        return (f"{label}: expected {_pandas_kind(e.dtype)} values ({e.dtype}), "
                f"got {_pandas_kind(a.dtype)} values ({a.dtype})")
    ev, av = e.to_numpy(dtype=object), a.to_numpy(dtype=object)
    en, an = pd.isna(e).to_numpy(), pd.isna(a).to_numpy()
    bad = np.zeros(len(ev), dtype=bool)
    for i in range(len(ev)):
        if en[i] or an[i]:
            bad[i] = not (en[i] and an[i] and equal_nan)
            continue
        x, y = ev[i], av[i]
        x = x.item() if type(x).__module__ == "numpy" else x
        y = y.item() if type(y).__module__ == "numpy" else y
        if type(x) in _NUMBER and type(y) in _NUMBER and type(x) is not bool and type(y) is not bool:
            bad[i] = not _numbers_close(x, y, (atol, rtol, equal_nan))
        else:
            bad[i] = not (type(x) is type(y) and x == y) and not (
                dtype == "any" and str(x) == str(y))
    count = int(bad.sum())
    if not count:
        return None
    lines = [f"{label}: {count} of {len(ev)} values differ"]
    for i in np.flatnonzero(bad)[:5]:
        lines.append(f"  row {short_repr(row_labels[i])}: expected {short_repr(ev[i])}, "
                     f"got {short_repr(av[i])}")
    return "\n".join(lines)


def _series(rtol=1e-7, atol=1e-9, equal_nan=True, dtype="kind", check_index=True,
            check_name=False, ignore_order=False):
    def compare(expected, actual):
        import pandas as pd
        if type(actual) is not pd.Series:
            return f"result: expected a pandas.Series, got {type_name(actual)} {short_repr(actual)}"
        e, a = expected, actual
        if check_name and e.name != a.name:
            return f"name: expected {e.name!r}, got {a.name!r}"
        if len(e) != len(a):
            return f"length: expected {len(e)} rows, got {len(a)}"
        if ignore_order:
            e, a = _sort_series(e), _sort_series(a)
        if check_index:
            diff = _index_diff(e.index, a.index)
            if diff:
                return diff
        return _column_diff(e, a, "values", rtol, atol, equal_nan, dtype, list(e.index))
    return compare


def _sort_series(s):
    try:
        return s.sort_index(kind="mergesort")
    except TypeError:
        return s


def _index_diff(ei, ai):
    if len(ei) == len(ai) and all(_same_label(x, y) for x, y in zip(ei, ai)):
        return None
    for i, (x, y) in enumerate(zip(ei, ai)):
        if not _same_label(x, y):
            return (f"index: expected {short_repr(list(ei))}, got {short_repr(list(ai))}"
                    f" (first difference at position {i})")
    return f"index: expected {short_repr(list(ei))}, got {short_repr(list(ai))}"


def _same_label(x, y):
    x = x.item() if type(x).__module__ == "numpy" else x
    y = y.item() if type(y).__module__ == "numpy" else y
    if type(x) is float and type(y) is float and math.isnan(x) and math.isnan(y):
        return True
    return x == y


def _frame(rtol=1e-7, atol=1e-9, equal_nan=True, dtype="kind", check_index=True,
           ignore_row_order=False, ignore_column_order=False):
    def compare(expected, actual):
        import pandas as pd
        if type(actual) is not pd.DataFrame:
            return f"result: expected a pandas.DataFrame, got {type_name(actual)} {short_repr(actual)}"
        e, a = expected, actual
        ecols, acols = list(e.columns), list(a.columns)
        missing = [c for c in ecols if c not in acols]
        extra = [c for c in acols if c not in ecols]
        if missing or extra:
            parts = []
            if missing:
                parts.append("missing " + ", ".join(repr(c) for c in missing))
            if extra:
                parts.append("unexpected " + ", ".join(repr(c) for c in extra))
            return "columns: " + "; ".join(parts)
        if not ignore_column_order and ecols != acols:
            return f"column order: expected {ecols}, got {acols}"
        a = a[ecols]
        if e.shape != a.shape:
            return f"shape: expected {e.shape[0]} rows x {e.shape[1]} columns, got {a.shape[0]} x {a.shape[1]}"
        if ignore_row_order:
            e, a = _sort_rows(e), _sort_rows(a)
        elif check_index:
            diff = _index_diff(e.index, a.index)
            if diff:
                return diff
        labels = list(e.index) if not ignore_row_order else list(range(len(e)))
        for c in ecols:
            diff = _column_diff(e[c], a[c], f"column {c!r}", rtol, atol, equal_nan, dtype, labels)
            if diff:
                return diff
        return None
    return compare


def _sort_rows(df):
    cols = list(df.columns)
    try:
        return df.sort_values(by=cols, kind="mergesort", na_position="last").reset_index(drop=True)
    except TypeError:
        order = sorted(range(len(df)), key=lambda i: repr(tuple(df.iloc[i])))
        return df.iloc[order].reset_index(drop=True)


def _frame_or_series(e, a):
    import pandas as pd
    return (_frame() if type(e) is pd.DataFrame else _series())(e, a)


_TOL = {"rtol": 1e-7, "atol": 1e-9, "equal_nan": True, "dtype": "kind"}

COMPARATORS = {
    "exact": (_exact, {}),
    "close": (_close, {"abs_tol": 1e-9, "rel_tol": 1e-9, "nan_equal": True}),
    "unordered": (_unordered, {}),
    "ndarray": (_ndarray, dict(_TOL)),
    "series": (_series, {**_TOL, "check_index": True, "check_name": False, "ignore_order": False}),
    "frame": (_frame, {**_TOL, "check_index": True, "ignore_row_order": False,
                       "ignore_column_order": False}),
}
