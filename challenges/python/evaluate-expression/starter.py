def evaluate(expression):
    """Value of an arithmetic expression with + - * / ^, unary signs and parentheses."""
    # your code here: this only handles a single number
    return float(expression.strip().strip("()"))
