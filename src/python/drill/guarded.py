"""Guarded: an object whose comparison methods are the candidate's, compared only under checks.

Against another guarded object (the test is testing that class) its __eq__ is used, after a
check that it does not claim to equal a made-up value. Against a value the test computed, a True
is believed only if the object also says False to made-up values of the same type (decoys),
compared in an order it cannot predict. Orderings must not also hold the other way round.
"""

import datetime
import decimal
import fractions
import math
import operator
import os
import sys
# bound now, so a candidate that reassigns builtins during a test changes nothing here
from builtins import (ArithmeticError, Exception, TypeError, ValueError, any, bool, enumerate,
                      float, frozenset, hash, int, isinstance, len, list, range, repr, set, str,
                      tuple, type)

from .launder import type_name

_urandom = os.urandom
_isfinite = math.isfinite


class Refused(Exception):
    """A comparison the harness will not let the candidate's code decide."""


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

    __slots__ = ("obj", "rebuild")

    def __init__(self, obj, rebuild):
        self.obj = obj
        self.rebuild = rebuild  # rebuild(value, where): a value taken out of obj, made safe

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
            yield self.rebuild(v, f"item {i}")

    def __getitem__(self, key):
        return self.rebuild(self.obj[_raw(key)], "an item")

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
