"""Named comparators. Each takes laundered (trusted) expected and actual values and returns None
when they match, or a plain-words description of the first differences."""

import math

from .compare_arrays import _is_array, _ndarray
from .compare_frames import _frame, _series
from .compare_values import _walk
from .launder import type_name
from .render import short_repr


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


def _figure(parts, colors, rel_tol, abs_tol):
    from .figures import make_comparator as figure_comparator

    return figure_comparator(parts, colors, rel_tol, abs_tol)


_TOL = {"rtol": 1e-7, "atol": 1e-9, "equal_nan": True, "dtype": "kind"}

COMPARATORS = {
    "exact": (_exact, {}),
    "close": (_close, {"abs_tol": 1e-9, "rel_tol": 1e-9, "nan_equal": True}),
    "unordered": (_unordered, {}),
    "ndarray": (_ndarray, dict(_TOL)),
    "series": (_series, {**_TOL, "check_index": True, "check_name": False, "ignore_order": False}),
    "frame": (_frame, {**_TOL, "check_index": True, "ignore_row_order": False,
                       "ignore_column_order": False}),
    # matplotlib figures, as described by figure_capture (see drill.figures)
    "figure": (_figure, {"parts": None, "colors": False, "rel_tol": 1e-9, "abs_tol": 1e-9}),
}
