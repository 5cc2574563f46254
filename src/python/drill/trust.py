"""The values a unittest assertion compares, made safe to compare the way plain unittest does.

Every argument is rebuilt before the assertion sees it:
- values of well-known types (built-ins, collections, datetime, Decimal, Fraction, enums, type
  objects, exceptions, buffers, NumPy/pandas) are copied with their contents rebuilt the same
  way, so they compare by their real value, as Python says (a Counter equals the dict with the
  same items; a namedtuple equals its tuple);
- an object whose comparison methods are all trusted code (object identity, a C type, a
  well-known stdlib class, the test module's own classes) is kept as it is;
- any other object (one whose class defines __eq__ and friends in the candidate's code) is
  wrapped in Guarded: its own comparisons run only under checks. Against another such object
  (the test is testing that class), its __eq__ is used; against a value the test computed, a
  True is believed only if the object also says False to made-up values of the same type
  (decoys), compared in a random order. An object that claims to equal anything is refused.
"""

import collections
import datetime
import decimal
import enum
import fractions
import math
import operator
import os
import sys
import types
# bound now, so a candidate that reassigns builtins.type or isinstance during a test changes
# nothing here
from builtins import (ArithmeticError, Exception, TypeError, ValueError, any, bool, dict,
                      enumerate, float, frozenset, getattr, hasattr, hash, id, int, isinstance,
                      issubclass, len, list, range, repr, set, str, tuple, type, vars)

from .errors import LaunderError
from .launder import _plain, fraction, type_name

_urandom = os.urandom
_isfinite = math.isfinite
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


class Refused(Exception):
    """A comparison the harness will not let the candidate's code decide."""


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
        return value if comparison_is_trusted(t, context) else Guarded(value, context)
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
        return Guarded(value, context)
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


class _Decoy:
    """A value no honest object equals."""

    __slots__ = ()

    def __repr__(self):
        return "<decoy>"


def _random_int():
    return 1 + int.from_bytes(_urandom(4), "little")


def _decoys(other):
    """Made-up values unequal to other, of its type where one can be built."""
    out = [_Decoy()]
    t = type(other)
    tag = f"\x00{_random_int():x}"
    try:
        if t is bool:
            out.append(not other)
        elif t is int:
            out.append(other + _random_int())
        elif t is float:
            out.append(other + 1.0 + _random_int() if _isfinite(other) and abs(other) < 1e15
                       else float(_random_int()))
        elif t in (complex, decimal.Decimal, fractions.Fraction):
            out.append(other + _random_int())
        elif t is str:
            out.append(other + tag)
        elif t is bytes:
            out.append(other + tag.encode())
        elif t in (list, tuple):
            out.append(other + t((_Decoy(),)))
        elif t in (set, frozenset):
            out.append(t(other) | {_Decoy()})
        elif t is dict:
            out.append({**other, _Decoy(): None})
        elif t in (datetime.date, datetime.datetime):
            out.append(other - datetime.timedelta(days=_random_int() % 1000 + 1))
        elif t is datetime.timedelta:
            out.append(other + datetime.timedelta(microseconds=_random_int()))
    except (ArithmeticError, ValueError, TypeError, decimal.InvalidOperation):
        pass
    return out


def _truth(value, what):
    if type(value) is bool:
        return value
    np = sys.modules.get("numpy")
    if np is not None and type(value) is np.bool_:
        return bool(value)
    raise Refused(f"{what} returned a {type_name(value)}, not True or False")


def _shuffled(values):
    values = list(values)
    for i in range(len(values) - 1, 0, -1):
        j = int.from_bytes(_urandom(2), "little") % (i + 1)
        values[i], values[j] = values[j], values[i]
    return values


class Guarded:
    """An object whose own comparison methods are the candidate's: they run only under checks."""

    __slots__ = ("obj", "context")

    def __init__(self, obj, context):
        self.obj = obj
        self.context = context

    def _name(self):
        if isinstance(self.obj, type):
            return f"the class {self.obj.__module__}.{self.obj.__qualname__}"
        return f"a {type_name(self.obj)} object"

    def _equals(self, other):
        obj = self.obj
        if type(other) is Guarded:  # both the candidate's: the test is testing this __eq__
            for side in (self, other):
                side._claims_everything()
            return _truth(obj == other.obj, f"{type_name(obj)}.__eq__")
        # the real comparison and the decoys, in an order the object cannot predict
        answers = [None] * (1 + len(decoys := _decoys(other)))
        for i in _shuffled(range(len(answers))):
            try:
                answers[i] = obj == (decoys[i - 1] if i else other)
            except Exception:
                if not i:
                    raise
                answers[i] = False
        equal = _truth(answers[0], f"{type_name(obj)}.__eq__")
        if equal and any(a is True or (a is not False and _lax(a)) for a in answers[1:]):
            raise Refused(f"{self._name()} says it equals {_short(other)}, but it also equals "
                          "a made-up value, so its __eq__ cannot be trusted: compare or return "
                          "plain values (numbers, strings, lists, dicts...)")
        return equal

    def _claims_everything(self):
        try:
            answer = self.obj == _Decoy()
        except Exception:
            return
        if answer is True or (answer is not False and _lax(answer)):
            raise Refused(f"{self._name()} says it equals any value, so its __eq__ cannot be "
                          "trusted")

    def __eq__(self, other):
        return self._equals(other)

    def __ne__(self, other):
        return not self._equals(other)

    def __hash__(self):
        return hash(self.obj)

    def __bool__(self):
        return bool(self.obj)

    def __len__(self):
        return len(self.obj)

    def __iter__(self):
        for i, v in enumerate(self.obj):
            yield _trust(v, f"item {i}", 1, set(), self.context)

    def __getitem__(self, key):
        return _trust(self.obj[_raw(key)], "an item", 1, set(), self.context)

    def __contains__(self, item):
        # a container the candidate wrote: its __contains__ answers, as in plain unittest
        return _truth(bool(_raw(item) in self.obj), "__contains__")

    def __repr__(self):
        return repr(self.obj)

    def __str__(self):
        return str(self.obj)

    def _order(self, op, opposite, other):
        raw = _raw(other)
        answer = _truth(op(self.obj, raw), f"{type_name(self.obj)} ordering")
        if answer and type(other) is not Guarded and _truth(opposite(self.obj, raw), "ordering"):
            raise Refused(f"{self._name()} says it is both less and greater than "
                          f"{_short(other)}, so its ordering cannot be trusted")
        return answer

    def __lt__(self, other):
        return self._order(operator.lt, operator.ge, other)

    def __le__(self, other):
        return self._order(operator.le, operator.gt, other)

    def __gt__(self, other):
        return self._order(operator.gt, operator.le, other)

    def __ge__(self, other):
        return self._order(operator.ge, operator.lt, other)


def _lax(answer):
    try:
        return bool(answer)
    except Exception:
        return False


def _raw(value):
    return value.obj if type(value) is Guarded else value


def _short(value):
    from .render import short_repr

    return short_repr(value, 80)
