class Value:
    """A scalar that remembers how it was computed, so that backward() can fill in every .grad."""

    def __init__(self, data, _parents=()):
        self.data = float(data)
        self.grad = 0.0
        self._parents = _parents

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data + other.data, (self, other))

    # your code here: __mul__, __pow__, tanh, relu, exp, the derived and reflected operators,
    # and a backward function for each operation

    def backward(self):
        self.grad = 1.0
