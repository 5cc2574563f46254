"""Turn a value the candidate returned into one the graders can trust.

Only exact built-in types (and exact NumPy/pandas types) pass: an object whose __eq__ lies, or a
subclass of int/list/ndarray, is refused with a message rather than compared.
"""

import datetime
import decimal
import fractions
import math
import sys
# bound now: values are checked inside unittest tests too, while candidate code may have
# reassigned builtins
from builtins import enumerate, frozenset, id, isinstance, list, map, range, set, str, tuple, type

from .errors import LaunderError

_SCALARS = (type(None), bool, int, float, complex, str, bytes, decimal.Decimal,
            datetime.date, datetime.datetime, datetime.time, datetime.timedelta)
_NUMERATOR = fractions.Fraction.__dict__["_numerator"]
_DENOMINATOR = fractions.Fraction.__dict__["_denominator"]
_MAX_DEPTH = 200
_LEAF_TYPES = frozenset((type(None), bool, int, float, str))


def plain(value, where="result"):
    """A trusted deep copy of value, or LaunderError naming where the untrusted part is."""
    return _plain(value, where, 0, set())


def fraction(value, where):
    """An exact Fraction rebuilt from value's own fields, which must be plain ints (a Fraction's
    fields are writable: one holding an object that lies in __eq__ would equal anything)."""
    n, d = _NUMERATOR.__get__(value), _DENOMINATOR.__get__(value)
    if type(n) is not int or type(d) is not int or d <= 0:
        raise LaunderError(f"{where} is a Fraction whose numerator or denominator is not a plain "
                           "int, so it cannot be checked")
    return fractions.Fraction(n, d)


def type_name(value):
    t = type(value)
    mod = getattr(t, "__module__", "builtins")
    return t.__qualname__ if mod == "builtins" else f"{mod}.{t.__qualname__}"


def _plain(value, where, depth, active):
    t = type(value)
    if t in _SCALARS:
        return value
    if t is fractions.Fraction:
        return fraction(value, where)
    if depth > _MAX_DEPTH:
        raise LaunderError(f"{where} is nested more than {_MAX_DEPTH} levels deep")
    if t in (list, tuple, set, frozenset, dict):
        key = id(value)
        if key in active:
            raise LaunderError(f"{where} contains itself (a cycle)")
        active.add(key)
        try:
            if t is dict:
                return {
                    _plain(k, f"{where} key {k!r}" if type(k) in _SCALARS else f"{where} key",
                           depth + 1, active):
                    _plain(v, f"{where}[{k!r}]" if type(k) in _SCALARS else f"{where}[...]",
                           depth + 1, active)
                    for k, v in dict.items(value)
                }
            items = [_plain(v, f"{where}[{i}]", depth + 1, active)
                     for i, v in enumerate(t.__iter__(value))]
            return items if t is list else t(items)
        finally:
            active.discard(key)
    np = sys.modules.get("numpy")
    if np is not None:
        if t is np.ndarray:
            if value.dtype.kind == "O":
                out = np.empty(value.shape, dtype=object)
                for idx in np.ndindex(value.shape):
                    out[idx] = _plain(value[idx], f"{where}[{', '.join(map(str, idx))}]",
                                      depth + 1, active)
                return out
            return np.array(value, copy=True, subok=False)
        if isinstance(value, np.generic) and t.__module__ == "numpy":
            return value.item() if value.dtype.kind != "O" else _plain(value.item(), where,
                                                                        depth + 1, active)
    pd = sys.modules.get("pandas")
    if pd is not None:
        if t is pd.DataFrame or t is pd.Series:
            copy = value.copy(deep=True)
            _labels(copy.index, f"{where} index", depth, active)
            if t is pd.Series:
                _plain(copy.name, f"{where} name", depth + 1, active)
                columns = [("", copy)]
            else:
                _labels(copy.columns, f"{where} columns", depth, active)
                columns = [(f"[{c!r}]", copy.iloc[:, j])
                           for j, c in enumerate(copy.columns.tolist())]
            for name, col in columns:
                _cells(col, f"{where}{name}", depth, active)
            return copy
        if t is pd.Timestamp or t is pd.Timedelta or value is pd.NaT or value is pd.NA:
            return value
    raise LaunderError(f"{where} is a {type_name(value)} object, which cannot be checked: "
                       "return plain values (numbers, strings, lists, dicts, tuples, sets"
                       + (", NumPy arrays, pandas objects" if np is not None else "") + ")")


def _labels(index, where, depth, active):
    """Index and column labels are compared too: every level must hold plain values."""
    for level in range(index.nlevels):
        _cells(index.get_level_values(level), where, depth, active)


def _cells(values, where, depth, active):
    """Check (not copy) the Python objects a pandas column or index holds; a plain column of
    strings is checked at C speed, anything else value by value."""
    pd = sys.modules["pandas"]
    if isinstance(values.dtype, pd.CategoricalDtype):
        values = values.cat.categories if type(values) is pd.Series else values.categories
    if values.dtype != object:
        return
    cells = values.to_numpy(dtype=object)
    if set(map(type, cells.tolist())) <= _LEAF_TYPES:
        return
    for v in cells:
        _plain(v, where, depth + 1, active)


def is_nan(x):
    return type(x) is float and math.isnan(x)
