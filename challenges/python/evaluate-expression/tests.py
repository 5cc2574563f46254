import random

from drill import case, generate

COMPARE = {"name": "close", "rel_tol": 1e-9, "abs_tol": 1e-9}


def _reference_value(text):
    """The value by Python's own rules (^ -> **), used only to reject unusable random inputs."""
    try:
        value = eval(text.replace("^", "**"), {"__builtins__": {}}, {})  # test data only
    except (ZeroDivisionError, OverflowError):
        return None
    if isinstance(value, complex) or abs(value) > 1e12:
        return None
    return value


def _random_expr(rng, depth):
    roll = rng.random()
    if depth <= 0 or roll < 0.3:
        return rng.choice(["0", "1", "2", "3", "7", "10", "0.5", "2.", ".25", "1.75", "12"])
    if roll < 0.4:
        return rng.choice(["-", "+", "- "]) + _random_expr(rng, depth - 1)
    if roll < 0.5:
        return "(" + _random_expr(rng, depth - 1) + ")"
    if roll < 0.58:
        return _random_expr(rng, 0) + " ^ " + rng.choice(["2", "3", "-1", "0", "(1 + 1)", "-2"])
    op = rng.choice(["+", "-", "*", "/", "-", "/"])
    space = rng.choice(["", " ", "  "])
    return _random_expr(rng, depth - 1) + space + op + space + _random_expr(rng, depth - 1)


def _long_sum():
    rng = random.Random(4)
    parts = [str(rng.randint(0, 999)) for _ in range(20_000)]
    ops = [rng.choice(["+", "-", "*", "/"]) for _ in range(19_999)]
    # keep values moderate: multiply and divide only by small numbers
    text = parts[0]
    for op, part in zip(ops, parts[1:]):
        if op in "*/":
            part = str(rng.randint(1, 3))
        text += f" {op} {part}"
    return text


CASES = [
    case("(1 + 2) * 4 - 6 / 3", expected=10.0, sample=True, name="worked example: precedence"),
    case("-2 ^ 2 + 2 ^ 3 ^ 2", expected=508.0, sample=True,
         name="power is right-associative and tighter than unary minus"),
    case("8 - 3 - 2", expected=3.0, sample=True, name="subtraction is left-associative"),
    case("7", expected=7.0, name="a single number"),
    case("(((42)))", expected=42.0, name="nested parentheses around one number"),
    case("8 / 4 / 2", expected=1.0, name="division is left-associative"),
    case("2 * -3", expected=-6.0, name="unary minus after an operator"),
    case("--3", expected=3.0, name="double unary minus"),
    case("+-+2", expected=-2.0, name="mixed unary signs"),
    case("5 -3", expected=2.0, name="'-3' after a number is subtraction"),
    case("2 ^ -1", expected=0.5, name="a unary sign in the exponent"),
    case("(-2) ^ 2", expected=4.0, name="parenthesised negative base"),
    case("-(2 ^ 2) * 3", expected=-12.0, name="unary minus of a parenthesised power"),
    case("2 ^ 3 * 2", expected=16.0, name="power binds tighter than *"),
    case("2 * 3 ^ 2", expected=18.0, name="power binds tighter than *, on the right"),
    case("1 - 2 * 3 + 4", expected=-1.0, name="mixed levels"),
    case(".5 + 3. + 0.25", expected=3.75, name="number shapes"),
    case("  1+2  ", expected=3.0, name="spaces around and none between"),
    case("1 / 3", expected=1 / 3, name="true division"),
    case("(7 + 1) / (2 + 2)", expected=2.0, name="a ratio feature"),
    case("10 - 4 / 2 ^ 2 - 1", expected=8.0, name="all levels at once"),
    case("0 ^ 0", expected=1.0, name="0 ^ 0 is 1"),
    case("100000000 * 100000000", expected=1e16, name="large values"),
    case("-" * 101 + "5", expected=-5.0, name="101 unary minuses"),
    case("(" * 100 + "1 + 2" + ")" * 100, expected=3.0, name="100 levels of parentheses"),
    case("2 ^ " * 3 + "1", expected=16.0, name="a right-associative chain 2^2^2^1 = 2^(2^2)"),
    case("(2 ^ 2) ^ 3", expected=64.0, name="parentheses override right associativity"),
    case(_long_sum(), time_limit=4.0, name="20,000 numbers, about 100,000 characters"),
    case(" + ".join(["1"] * 25_000), expected=25_000.0, time_limit=4.0,
         name="25,000 ones added (left-to-right loop, no deep recursion)"),
]


@generate(count=30, seed=99)
def random_expressions(rng):
    while True:
        text = _random_expr(rng, rng.randint(1, 5))
        if _reference_value(text) is not None:
            return case(text)
