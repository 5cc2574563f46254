class Matrix:
    """An immutable-by-convention 2-D matrix of numbers with arithmetic operators."""

    def __init__(self, rows):
        if not rows or not rows[0]:
            raise ValueError("a matrix needs at least one row and one column")
        width = len(rows[0])
        if any(len(row) != width for row in rows):
            raise ValueError("every row must have the same length")
        self._rows = [list(row) for row in rows]  # a private copy

    @property
    def shape(self):
        return len(self._rows), len(self._rows[0])

    def __getitem__(self, index):
        i, j = index
        return self._rows[i][j]  # lists give negative indices and IndexError for free

    def tolist(self):
        return [list(row) for row in self._rows]

    @property
    def T(self):
        return Matrix([list(col) for col in zip(*self._rows)])

    def __repr__(self):
        return f"Matrix({self._rows!r})"

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self._rows == other._rows  # different shapes give False too

    __hash__ = None  # equal matrices must hash equally; with mutable contents, opt out

    def _elementwise(self, other, op):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise ValueError(f"shapes {self.shape} and {other.shape} do not match")
        return Matrix([[op(a, b) for a, b in zip(r, s)] for r, s in zip(self._rows, other._rows)])

    def __add__(self, other):
        return self._elementwise(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._elementwise(other, lambda a, b: a - b)

    def __neg__(self):
        return Matrix([[-a for a in row] for row in self._rows])

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Matrix([[a * k for a in row] for row in self._rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}: inner sizes differ")
        cols = list(zip(*other._rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self._rows])
