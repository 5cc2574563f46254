"""INPUTS_UNCHANGED: after the candidate's call returns, the arguments it received must still equal
the case's pristine ones (exactly, NaN equal to NaN), or the test fails naming the argument."""

import sys
import types
from itertools import chain, repeat

from .compare_arrays import _is_array, _ndarray
from .compare_frames import _frame, _series
from .compare_values import _walk
from .errors import LaunderError
from .launder import plain

_CODE = types.FunctionType.__dict__["__code__"]
_WHERE = "\x00arg"
_HINT = "the statement asks you not to modify the inputs: work on a copy."


def changed_input(fn, pristine_args, pristine_kwargs, args, kwargs):
    """None when every argument is unchanged, else a one- or two-line failure message."""
    names = _parameter_names(fn)
    received = [(i, names[i] if i < len(names) else None, a) for i, a in enumerate(args)]
    received += [(None, k, v) for k, v in kwargs.items()]
    pristine = list(pristine_args) + [pristine_kwargs[k] for k in kwargs]
    for (position, name, after), before in zip(received, pristine):
        if _plainly_same(before, after):
            continue
        label = f"`{name}`" if name else f"number {position + 1}"
        try:
            before = plain(before, _WHERE)  # laundered alike: a NumPy scalar becomes a Python one
        except LaunderError:
            continue  # e.g. a function or a random generator the tests pass: not a value to keep
        try:
            after = plain(after, _WHERE)
        except LaunderError as e:
            note = _brief(str(e).split(", which")[0].split(": return")[0])
            return f"Your function changed its argument {label} ({_short(note)}); {_HINT}"
        diff = _diff(before, after, _WHERE)
        if diff:
            return f"Your function changed its argument {label} ({_short(_brief(diff))}); {_HINT}"
    return None


_EXACT = frozenset((type(None), bool, int, float, str, bytes))
_ROWS = frozenset((list, tuple))


def _exact_types():
    """Types whose == is the built-ins' or NumPy's own, so comparing them cannot be lied to."""
    np = sys.modules.get("numpy")
    if np is None:
        return _EXACT
    return _EXACT | {np.str_, np.bytes_, np.bool_, np.float64, np.float32, np.int64, np.int32,
                     np.int16, np.int8, np.uint64, np.uint32, np.uint16, np.uint8}


def _plainly_same(before, after, exact=None):
    """True when `after` is the very value `before` is, told cheaply: exact built-in types compared
    by the built-ins' own ==, lists of numbers at C speed (a 200,000-number list in milliseconds,
    where laundering it takes a tenth of a second), pandas columns of those. False when it cannot
    be told so (NaN, other types, a change): the full comparison decides. `before` is the harness's
    own copy, so the recursion is as deep as the test's data, whatever the candidate built."""
    t = type(before)
    if type(after) is not t:
        return False
    if exact is None:  # made once per argument, not per element of its recursion
        exact = _exact_types()
    if t in exact:
        return before == after
    if t is list or t is tuple:
        if len(before) != len(after):
            return False
        kinds = set(map(type, before)) | set(map(type, after))
        if kinds <= exact:
            return before == after
        if kinds <= _ROWS | exact:
            rows = (x for x in chain(before, after) if type(x) in _ROWS)
            if set(map(type, chain.from_iterable(rows))) <= exact:
                return before == after  # rows of numbers (pairs, a grid), still at C speed
        return all(map(_plainly_same, before, after, repeat(exact)))
    if t is dict:
        return (len(before) == len(after) and set(map(type, after)) <= _EXACT and list(before) == list(after)
                and all(map(_plainly_same, before.values(), after.values(), repeat(exact))))
    np = sys.modules.get("numpy")
    if np is not None and t is np.ndarray and before.dtype.kind in "biufc":
        return (before.dtype == after.dtype and before.shape == after.shape
                and bool(np.array_equal(before, after, equal_nan=before.dtype.kind in "fc")))
    pd = sys.modules.get("pandas")
    if pd is not None and t is pd.Series:
        return (_plainly_same(before.name, after.name) and _same_labels(pd, before.index, after.index)
                and _same_column(np, pd, before, after))
    if pd is not None and t is pd.DataFrame:
        return (before.shape == after.shape and _same_labels(pd, before.index, after.index)
                and _same_labels(pd, before.columns, after.columns)
                and all(_same_column(np, pd, before.iloc[:, j], after.iloc[:, j])
                        for j in range(before.shape[1])))
    return False


def _same_dtype(np, pd, before, after):
    """Only dtypes whose == is pandas' or NumPy's own on plain fields (not a categorical's
    categories, which may hold anything)."""
    kind = type(before)
    if type(after) is not kind or not (issubclass(kind, np.dtype) or kind is pd.StringDtype):
        return False
    return before == after


def _same_column(np, pd, before, after):
    if not _same_dtype(np, pd, before.dtype, after.dtype):
        return False
    kind = before.dtype.kind
    if kind in "biufc":
        return bool(np.array_equal(before.to_numpy(), after.to_numpy(), equal_nan=kind in "fc"))
    if kind in "mM":  # as 64-bit integers: NaT is one of them
        return bool(np.array_equal(before.to_numpy().view("i8"), after.to_numpy().view("i8")))
    if kind != "O":
        return False
    return _plainly_same(before.to_numpy(dtype=object).tolist(), after.to_numpy(dtype=object).tolist())


def _same_labels(pd, before, after):
    if type(before) is not type(after) or before.nlevels != after.nlevels:
        return False
    if not _plainly_same(list(before.names), list(after.names)):
        return False
    if type(before) is pd.RangeIndex:
        return (before.start, before.stop, before.step) == (after.start, after.stop, after.step)
    np = sys.modules["numpy"]
    if type(before) is pd.MultiIndex:
        return all(_same_labels(pd, before.get_level_values(i), after.get_level_values(i))
                   for i in range(before.nlevels))
    return (type(before) is pd.Index and _same_dtype(np, pd, before.dtype, after.dtype)
            and _plainly_same(before.tolist(), after.tolist()))


def _diff(before, after, where):
    """The existing comparators with no tolerance; an in-place change cannot alter a top-level
    array's dtype, so a different dtype means the argument was replaced in a container."""
    if _is_array(before):
        return _array_note(_ndarray(rtol=0.0, atol=0.0, equal_nan=True, dtype="exact")(before, after))
    pd = sys.modules.get("pandas")
    if pd is not None and type(before) is pd.DataFrame:
        return _frame(rtol=0.0, atol=0.0, equal_nan=True, dtype="exact")(before, after)
    if pd is not None and type(before) is pd.Series:
        return _series(rtol=0.0, atol=0.0, equal_nan=True, dtype="exact", check_name=True)(before, after)
    return _walk(before, after, where, None)  # exact: same types, equal values, NaN equals NaN


def _brief(diff):
    """'arg[0][1]: expected 0.5, got 0.75' -> 'element [0][1]: 0.5 -> 0.75'."""
    if diff.startswith(_WHERE + "["):
        diff = "element " + diff[len(_WHERE):]
    elif diff.startswith(_WHERE + ": "):
        diff = diff[len(_WHERE) + 2:]
    if diff.startswith("expected ") or ": expected " in diff:
        diff = diff.replace("expected ", "", 1).replace(", got ", " -> ", 1)
    return diff


def _array_note(diff):
    """'values: 1 of 4 differ ...\\n  at [0, 1]: expected 0.5, got 0.75' -> 'element [0, 1]: ...'."""
    if not diff or not diff.startswith("values:"):
        return diff
    lines = diff.splitlines()
    count = lines[0].split(" differ")[0].replace("values: ", "")
    if len(lines) < 2:
        return lines[0]
    at, _, change = lines[1].strip()[3:].partition(": expected ")
    more = "" if count.startswith("1 of") else f"; {count} elements differ"
    return f"element {at}: expected {change}{more}"


def _parameter_names(fn):
    """The candidate's parameter names, read from its code object without calling any of its
    methods (a plain function only: anything else is named by position)."""
    if type(fn) is not types.FunctionType:
        return ()
    code = _CODE.__get__(fn)
    names = code.co_varnames[:code.co_argcount]
    return tuple(n for n in names if type(n) is str)


def _short(text, limit=160):
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
