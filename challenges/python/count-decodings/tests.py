import random

from drill import case, generate

COMPARE = "exact"


def _fib(n):
    a, b = 1, 1
    for _ in range(n):
        a, b = b, a + b
    return a


CASES = [
    case("226", expected=3, sample=True, name="worked example: 226"),
    case("2101", expected=1, sample=True, name="a zero must pair with the digit before it"),
    case("30", expected=0, sample=True, name="30 is not a code and 0 alone is not either"),
    case("", expected=1, name="the empty string has one decoding"),
    case("7", expected=1, name="a single digit"),
    case("0", expected=0, name="a single zero"),
    case("10", expected=1, name="two digits: 10 only as a pair"),
    case("27", expected=1, name="27 is above 26: 2 7 only"),
    case("26", expected=2, name="26 is the largest two-digit code"),
    case("19", expected=2, name="1 followed by any digit pairs"),
    case("11", expected=2, name="two ones"),
    case("06", expected=0, name="a leading zero"),
    case("100", expected=0, name="two zeros in a row"),
    case("1201234", expected=3, name="a zero in the middle"),
    case("2611055971756562", expected=4, name="a long mixed string"),
    case("9" * 40, expected=1, name="no pairs possible: 40 nines"),
    case("1" * 40, expected=_fib(40), time_limit=2.0,
         name="40 ones: exponential without a cache"),
    case("1" * 150, expected=_fib(150), time_limit=2.0,
         name="150 ones: a 32-digit answer, exact"),
    case("12" * 75, time_limit=2.0, name="1212… of length 150"),
    case("2" * 149 + "0", time_limit=2.0, name="a zero at the very end of 150 characters"),
]


@generate(count=20, seed=75)
def random_digits(rng):
    alphabet = rng.choice(["12", "120", "1234567890", "2670", "0123"])
    return case("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))))
