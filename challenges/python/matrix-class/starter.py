class Matrix:
    """A 2-D matrix of numbers with arithmetic operators."""

    def __init__(self, rows):
        self.rows = rows

    @property
    def shape(self):
        return (0, 0)

    def __getitem__(self, index):
        return 0

    def tolist(self):
        return []

    @property
    def T(self):
        return self

    def __repr__(self):
        return "Matrix([])"

    def __eq__(self, other):
        return False

    def __add__(self, other):
        return self

    def __sub__(self, other):
        return self

    def __neg__(self):
        return self

    def __mul__(self, k):
        return self

    def __rmul__(self, k):
        return self

    def __matmul__(self, other):
        return self
