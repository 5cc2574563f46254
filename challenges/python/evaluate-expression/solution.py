import re

TOKEN = re.compile(r"\s*(?:([0-9]+(?:\.[0-9]*)?|\.[0-9]+)|(\S))")


def evaluate(expression):
    """Value of an arithmetic expression with + - * / ^, unary signs and parentheses."""
    tokens = []
    for number, op in TOKEN.findall(expression):
        tokens.append(float(number) if number else op)
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def expr():
        value = term()
        while peek() in ("+", "-"):
            if take() == "+":
                value += term()
            else:
                value -= term()
        return value

    def term():
        value = unary()
        while peek() in ("*", "/"):
            if take() == "*":
                value *= unary()
            else:
                value /= unary()
        return value

    def unary():
        if peek() == "-":
            take()
            return -unary()
        if peek() == "+":
            take()
            return unary()
        return power()

    def power():
        base = atom()
        if peek() == "^":
            take()
            return base ** unary()
        return base

    def atom():
        token = take()
        if token == "(":
            value = expr()
            take()  # the closing ")"
            return value
        return token

    return expr()
