"""The values a unittest assertion compares, made safe to compare the way plain unittest does.

Every argument is rebuilt before the assertion sees it:
- values of well-known types (built-ins, collections, datetime, Decimal, Fraction, enums, type
  objects, exceptions, buffers, NumPy/pandas) are copied with their contents rebuilt the same
  way, so they compare by their real value, as Python says (a Counter equals the dict with the
  same items; a namedtuple equals its tuple);
- an object whose comparison methods are all trusted code (object identity, a C type, a
  well-known stdlib class, the test module's own classes) is kept as it is;
- any other object (one whose class defines __eq__ and friends in the candidate's code) is
  wrapped in guarded.Guarded, which runs its comparisons only under checks.
"""

import collections
import datetime
import decimal
import enum
import fractions
import sys
import types
# bound now, so a candidate that reassigns builtins.type or isinstance during a test changes
# nothing here
from builtins import (any, bool, dict, enumerate, float, frozenset, getattr, hasattr, id, int,
                      isinstance, issubclass, list, range, set, str, tuple, type, vars)

from .errors import LaunderError
from .guarded import Guarded, Refused
from .launder import _plain, fraction

_IMMUTABLE_TYPE = 1 << 8  # Py_TPFLAGS_IMMUTABLETYPE: a C type nobody can patch
_COMPARE = ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__")
_MAX_DEPTH = 200
_SCALARS = frozenset((type(None), bool, int, float, complex, str, bytes, decimal.Decimal,
                      datetime.date, datetime.datetime, datetime.time,
                      datetime.timedelta, datetime.timezone, range, memoryview, bytearray,
                      type(Ellipsis), type(NotImplemented)))
_BUILTIN_CONTAINERS = (list, tuple, dict, set, frozenset)
_SCALAR_BASES = ((int, int.__int__), (float, float.__float__), (complex, complex.__complex__),
                 (str, str.__str__), (bytes, bytes.__bytes__))
_KEYS, _ITEMS = type({}.keys()), type({}.items())


def _capture(*classes):
    """The comparison methods of well-known Python-level classes, as the stdlib defines them."""
    return {cls: {n: cls.__dict__[n] for n in _COMPARE if n in cls.__dict__} for cls in classes}


_STDLIB = _capture(collections.Counter, fractions.Fraction, enum.Enum, enum.Flag, enum.IntEnum,
                   enum.IntFlag, *(getattr(enum, n) for n in ("ReprEnum", "StrEnum")
                                   if hasattr(enum, n)),
                   *(c for c in (decimal.Decimal, datetime.date, datetime.datetime,
                                 datetime.time, datetime.timedelta, datetime.tzinfo)
                     if not c.__flags__ & _IMMUTABLE_TYPE))


class Context:
    """What one run trusts besides the stdlib: the test module's own classes."""

    def __init__(self, trusted_globals=()):
        self.trusted_globals = tuple(trusted_globals)


_NO_CONTEXT = Context()


def comparison_is_trusted(t, context=_NO_CONTEXT):
    """Whether every comparison method of class t is trusted code (not the candidate's)."""
    for name in _COMPARE:
        for owner in t.__mro__:
            if name in owner.__dict__:
                if not _trusted_method(owner, name, context):
                    return False
                break
    return True


def _trusted_method(owner, name, context):
    method = owner.__dict__[name]
    if method is None or owner.__flags__ & _IMMUTABLE_TYPE:
        return True
    known = _STDLIB.get(owner)
    if known is not None and known.get(name) is method:
        return True
    fn = getattr(method, "__func__", method)
    return any(getattr(fn, "__globals__", None) is g for g in context.trusted_globals)


def trusted(value, where="argument", context=_NO_CONTEXT):
    """value rebuilt as described in the module docstring."""
    return _trust(value, where, 0, set(), context)


def _trust(value, where, depth, active, context):
    t = type(value)
    if t in _SCALARS or t is Guarded:
        return value
    if depth > _MAX_DEPTH:
        raise Refused(f"{where} is nested more than {_MAX_DEPTH} levels deep")
    if isinstance(value, type):  # a class: compared by identity unless its metaclass says otherwise
        return value if comparison_is_trusted(t, context) else Guarded(value, _rebuilder(context))
    if t in _BUILTIN_CONTAINERS or t in (collections.Counter, collections.OrderedDict,
                                         collections.defaultdict, collections.deque,
                                         _KEYS, _ITEMS, types.SimpleNamespace):
        return _container(value, t, where, depth, active, context)
    np = sys.modules.get("numpy")
    pd = sys.modules.get("pandas")
    if (np is not None and (t is np.ndarray or (isinstance(value, np.generic)
                                                and t.__module__ == "numpy"))) or (
            pd is not None and (t in (pd.DataFrame, pd.Series, pd.Timestamp, pd.Timedelta)
                                or value is pd.NaT or value is pd.NA)):
        return _plain(value, where, depth, active)
    if not comparison_is_trusted(t, context):
        return Guarded(value, _rebuilder(context))
    if isinstance(value, enum.Enum):
        return value  # a member is a singleton, compared by identity or its int/str value
    if isinstance(value, fractions.Fraction):
        try:
            return fraction(value, where)
        except LaunderError as e:
            raise Refused(str(e)) from None
    for base, exact in _SCALAR_BASES:
        if isinstance(value, base):  # a subclass that compares as its base: an exact copy
            return exact(value)
    if isinstance(value, tuple) and hasattr(t, "_fields"):  # a namedtuple keeps its type
        return tuple.__new__(t, _items(tuple.__iter__(value), where, depth, active, context))
    for base in _BUILTIN_CONTAINERS:
        if isinstance(value, base):
            return _container(value, base, where, depth, active, context)
    return value  # compared by identity or by a C type's own rules


def _items(values, where, depth, active, context):
    return [_trust(v, f"{where}[{i}]", depth + 1, active, context) for i, v in enumerate(values)]


def _container(value, t, where, depth, active, context):
    key = id(value)
    if key in active:
        raise Refused(f"{where} contains itself (a cycle)")
    active.add(key)
    try:
        def each(pairs):
            return [(_trust(k, f"{where} key", depth + 1, active, context),
                     _trust(v, f"{where}[{k!r}]" if type(k) in (str, int) else f"{where}[...]",
                            depth + 1, active, context)) for k, v in pairs]

        if t is types.SimpleNamespace:
            return types.SimpleNamespace(**dict(each(dict.items(vars(value)))))
        if t is _ITEMS:
            return dict(each(value)).items()
        if t is _KEYS:
            return dict.fromkeys(_items(value, where, depth, active, context)).keys()
        if issubclass(t, dict):
            pairs = each(dict.items(value))
            if t is collections.defaultdict:
                return collections.defaultdict(value.default_factory, pairs)
            if t is collections.OrderedDict:
                return collections.OrderedDict(pairs)
            out = collections.Counter() if t is collections.Counter else {}
            dict.update(out, pairs)
            return out
        if t is collections.deque:
            return collections.deque(_items(value, where, depth, active, context), value.maxlen)
        items = _items(t.__iter__(value), where, depth, active, context)
        return items if t is list else t(items)
    finally:
        active.discard(key)


def _rebuilder(context):
    return lambda value, where: _trust(value, where, 1, set(), context)
