import math


class Ratio:
    """An exact fraction numerator/denominator, in lowest terms with a positive denominator."""

    def __init__(self, numerator, denominator=1):
        g = math.gcd(numerator, denominator) or 1
        self.numerator = numerator // g
        self.denominator = denominator // g

    def __repr__(self):
        return f"Ratio({self.numerator}, {self.denominator})"

    # your code here: __str__, ==, hash, ordering, + - * / (both sides), -r, abs, float, bool
