import math


class Ratio:
    """An exact fraction numerator/denominator, in lowest terms with a positive denominator."""

    __slots__ = ("_num", "_den")

    def __init__(self, numerator, denominator=1):
        for value in (numerator, denominator):
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"Ratio needs ints, got {value!r}")
        if denominator == 0:
            raise ZeroDivisionError("Ratio with denominator 0")
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._num = numerator // g
        self._den = denominator // g

    @property
    def numerator(self):
        return self._num

    @property
    def denominator(self):
        return self._den

    def __repr__(self):
        return f"Ratio({self._num}, {self._den})"

    def __str__(self):
        return str(self._num) if self._den == 1 else f"{self._num}/{self._den}"

    def __eq__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return NotImplemented
        return self._num == other._num and self._den == other._den

    def __hash__(self):
        return hash(self._num) if self._den == 1 else hash((self._num, self._den))

    def __lt__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return NotImplemented
        return self._num * other._den < other._num * self._den

    def __le__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return NotImplemented
        return self._num * other._den <= other._num * self._den

    def __gt__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return NotImplemented
        return self._num * other._den > other._num * self._den

    def __ge__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return NotImplemented
        return self._num * other._den >= other._num * self._den

    def __add__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return NotImplemented
        return Ratio(self._num * other._den + other._num * self._den, self._den * other._den)

    __radd__ = __add__

    def __sub__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return NotImplemented
        return Ratio(self._num * other._den - other._num * self._den, self._den * other._den)

    def __rsub__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return NotImplemented
        return other - self

    def __mul__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return NotImplemented
        return Ratio(self._num * other._num, self._den * other._den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return NotImplemented
        return Ratio(self._num * other._den, self._den * other._num)  # a zero divisor raises in Ratio()

    def __rtruediv__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return NotImplemented
        return other / self

    def __neg__(self):
        return Ratio(-self._num, self._den)

    def __abs__(self):
        return Ratio(abs(self._num), self._den)

    def __float__(self):
        return self._num / self._den

    def __bool__(self):
        return self._num != 0


def _coerce(value):
    """A Ratio for a Ratio or an int (not a bool); NotImplemented for anything else."""
    if isinstance(value, Ratio):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Ratio(value)
    return NotImplemented
