import random
import unittest

from matrix import Matrix


class MatrixTest(unittest.TestCase):
    # The tests never pass a Matrix to assertEqual (its values are checked as plain data):
    # results are compared through tolist(), repr() and `==`, which must give a plain bool.

    def assertMatrix(self, m, rows, what="result"):
        self.assertIs(type(m), Matrix, f"{what} should be a Matrix, got {type(m).__name__}")
        self.assertEqual(m.tolist(), rows, f"{what}: the numbers")
        for r, row in zip(m.tolist(), rows):
            for got, want in zip(r, row):
                self.assertIs(type(got), type(want),
                              f"{what}: {got!r} should be {type(want).__name__} like {want!r} "
                              "(keep numbers as Python computes them, no float())")

    # ---- samples ------------------------------------------------------------------------------

    def test_construct_shape_and_index(self):
        m = Matrix([[1, 2, 3], [4, 5, 6]])
        self.assertIs(type(m.shape), tuple, "m.shape must be a tuple; write shape as a method "
                      f"decorated with @property (got a {type(m.shape).__name__})")
        self.assertEqual(m.shape, (2, 3), "shape is a property giving (rows, columns)")
        self.assertEqual(m[0, 2], 3)
        self.assertEqual(m[1, 0], 4)
        self.assertEqual(m[-1, -1], 6, "negative indices count from the end")
        self.assertEqual(m.tolist(), [[1, 2, 3], [4, 5, 6]])

    def test_add_and_equality(self):
        a = Matrix([[1, 2], [3, 4]])
        b = Matrix([[5, 6], [7, 8]])
        self.assertMatrix(a + b, [[6, 8], [10, 12]], "a + b")
        self.assertTrue(a + b == Matrix([[6, 8], [10, 12]]), "equal matrices compare equal")
        self.assertFalse(a == b)
        self.assertTrue(a != b)

    def test_matmul_example(self):
        a = Matrix([[1, 2], [3, 4]])
        b = Matrix([[5, 6], [7, 8]])
        self.assertMatrix(a @ b, [[19, 22], [43, 50]], "a @ b")
        self.assertMatrix(b @ a, [[23, 34], [31, 46]], "b @ a (the product does not commute)")

    # ---- hidden -------------------------------------------------------------------------------

    def test_repr(self):
        self.assertEqual(repr(Matrix([[1, 2], [3, 4]])), "Matrix([[1, 2], [3, 4]])")
        self.assertEqual(repr(Matrix([[0.5, -1.0, 2]])), "Matrix([[0.5, -1.0, 2]])")
        self.assertEqual(repr(Matrix([[7]])), "Matrix([[7]])")
        m = Matrix([[1.25, -3], [0, 2e-5]])
        self.assertTrue(eval(repr(m), {"Matrix": Matrix}) == m, "eval(repr(m)) should equal m")

    def test_invalid_construction_raises_value_error(self):
        for rows in ([], [[]], [[1, 2], [3]], [[1], []], [[1, 2], [3, 4, 5]]):
            with self.assertRaises(ValueError, msg=f"Matrix({rows!r}) should raise ValueError"):
                Matrix(rows)

    def test_single_row_and_single_column(self):
        row = Matrix([[1, 2, 3]])
        col = Matrix([[1], [2], [3]])
        self.assertEqual(row.shape, (1, 3))
        self.assertEqual(col.shape, (3, 1))
        self.assertMatrix(row @ col, [[14]], "(1x3) @ (3x1) is a 1x1 Matrix, not a number")
        self.assertMatrix(col @ row, [[1, 2, 3], [2, 4, 6], [3, 6, 9]], "(3x1) @ (1x3)")

    def test_keeps_its_own_copy(self):
        rows = [[1, 2], [3, 4]]
        m = Matrix(rows)
        rows[0][0] = 99
        rows.append([5, 6])
        self.assertEqual(m.tolist(), [[1, 2], [3, 4]], "changing the input list must not change the matrix")
        out = m.tolist()
        out[1][1] = -1
        self.assertEqual(m[1, 1], 4, "changing the list from tolist() must not change the matrix")
        self.assertEqual(m.shape, (2, 2))

    def test_index_out_of_range_raises_index_error(self):
        m = Matrix([[1, 2, 3], [4, 5, 6]])
        for index in ((2, 0), (0, 3), (-3, 0), (0, -4)):
            with self.assertRaises(IndexError, msg=f"m[{index[0]}, {index[1]}] on a 2x3 matrix"):
                m[index]

    def test_subtract_and_negate(self):
        a = Matrix([[5, 0], [-2, 1.5]])
        b = Matrix([[1, 1], [1, 1]])
        self.assertMatrix(a - b, [[4, -1], [-3, 0.5]], "a - b")
        self.assertMatrix(b - a, [[-4, 1], [3, -0.5]], "b - a")
        self.assertMatrix(-a, [[-5, 0], [2, -1.5]], "-a")

    def test_scalar_multiplication_on_both_sides(self):
        m = Matrix([[1, -2], [0, 3]])
        self.assertMatrix(m * 3, [[3, -6], [0, 9]], "m * 3")
        self.assertMatrix(3 * m, [[3, -6], [0, 9]], "3 * m (needs __rmul__)")
        self.assertMatrix(m * 0.5, [[0.5, -1.0], [0.0, 1.5]], "m * 0.5")
        self.assertMatrix(0 * m, [[0, 0], [0, 0]], "0 * m")
        self.assertTrue(2 * m == m + m)

    def test_star_rejects_non_scalars(self):
        m = Matrix([[1, 2], [3, 4]])
        for other in (m, "a", [2], None):
            with self.assertRaises(TypeError, msg=f"m * {other!r} should raise TypeError"):
                m * other
            with self.assertRaises(TypeError, msg=f"{other!r} * m should raise TypeError"):
                other * m

    def test_shape_mismatch_raises_value_error(self):
        a = Matrix([[1, 2], [3, 4]])
        with self.assertRaises(ValueError, msg="(2x2) + (1x3)"):
            a + Matrix([[1, 2, 3]])
        with self.assertRaises(ValueError, msg="(2x3) + (3x2): same size, different shape"):
            Matrix([[1, 2, 3], [4, 5, 6]]) + Matrix([[1, 2], [3, 4], [5, 6]])
        with self.assertRaises(ValueError, msg="(2x2) - (2x1)"):
            a - Matrix([[1], [2]])
        with self.assertRaises(ValueError, msg="(2x2) @ (1x3): 2 columns but 1 row"):
            a @ Matrix([[1, 2, 3]])
        with self.assertRaises(ValueError, msg="(2x3) @ (2x3)"):
            Matrix([[1, 2, 3], [4, 5, 6]]) @ Matrix([[1, 2, 3], [4, 5, 6]])

    def test_non_matrix_operands_raise_type_error(self):
        m = Matrix([[1, 2], [3, 4]])
        cases = [("m + 1", lambda: m + 1), ("1 + m", lambda: 1 + m),
                 ("m - 1.5", lambda: m - 1.5), ("m + [[1, 2], [3, 4]]", lambda: m + [[1, 2], [3, 4]]),
                 ("m @ [[1], [2]]", lambda: m @ [[1], [2]]), ("[[1, 2]] @ m", lambda: [[1, 2]] @ m),
                 ("m @ 2", lambda: m @ 2)]
        for text, operation in cases:
            with self.assertRaises(TypeError, msg=f"{text} should raise TypeError"):
                operation()

    def test_equality_rules(self):
        m = Matrix([[1, 2], [3, 4]])
        self.assertTrue(m == Matrix([[1.0, 2.0], [3.0, 4.0]]), "1 == 1.0, so these are equal")
        self.assertFalse(m == Matrix([[1, 2], [3, 5]]))
        self.assertFalse(Matrix([[1, 2]]) == Matrix([[1], [2]]), "different shapes are not equal")
        self.assertFalse(Matrix([[1, 2]]) == Matrix([[1, 2], [1, 2]]))
        self.assertFalse(m == [[1, 2], [3, 4]], "a list is not a Matrix: == gives False")
        self.assertFalse(m == "Matrix([[1, 2], [3, 4]])")
        self.assertFalse(m == None)  # noqa: E711
        self.assertTrue(m != [[1, 2], [3, 4]])
        self.assertIs(m == [[1, 2], [3, 4]], False, "== with a non-Matrix must give False itself, not None")
        self.assertFalse(m != Matrix([[1, 2], [3, 4]]))
        self.assertTrue(m == m)

    def test_not_hashable(self):
        with self.assertRaises(TypeError, msg="hash(m) should raise TypeError"):
            hash(Matrix([[1]]))

    def test_transpose(self):
        m = Matrix([[1, 2, 3], [4, 5, 6]])
        self.assertMatrix(m.T, [[1, 4], [2, 5], [3, 6]], "m.T")
        self.assertEqual(m.T.shape, (3, 2))
        self.assertTrue(m.T.T == m, "transposing twice gives the matrix back")
        self.assertMatrix(Matrix([[7, 8]]).T, [[7], [8]], "the transpose of a row is a column")
        self.assertMatrix(m, [[1, 2, 3], [4, 5, 6]], "m after m.T (must not change)")

    def test_operations_do_not_modify_operands(self):
        a = Matrix([[1, 2], [3, 4]])
        b = Matrix([[0, 1], [1, 0]])
        results = [a + b, a - b, -a, a * 2, 2 * a, a @ b, b @ a, a.T]
        self.assertMatrix(a, [[1, 2], [3, 4]], "a after the operations")
        self.assertMatrix(b, [[0, 1], [1, 0]], "b after the operations")
        for r in results:
            self.assertIsNot(r, a, "operations return a new Matrix")
            self.assertIsNot(r, b, "operations return a new Matrix")

    def test_int_matrices_stay_int(self):
        a = Matrix([[1, 2], [3, 4]])
        self.assertEqual(repr(a + a), "Matrix([[2, 4], [6, 8]])")
        self.assertEqual(repr(a @ a), "Matrix([[7, 10], [15, 22]])")
        self.assertEqual(repr(-a), "Matrix([[-1, -2], [-3, -4]])")
        self.assertEqual(repr(a.T), "Matrix([[1, 3], [2, 4]])")

    def test_identity_and_zero(self):
        rng = random.Random(3)
        a = Matrix([[rng.randint(-9, 9) for _ in range(4)] for _ in range(4)])
        identity = Matrix([[int(i == j) for j in range(4)] for i in range(4)])
        zero = Matrix([[0] * 4 for _ in range(4)])
        self.assertTrue(identity @ a == a, "I @ A == A")
        self.assertTrue(a @ identity == a, "A @ I == A")
        self.assertTrue(a - a == zero, "A - A == 0")
        self.assertTrue(a + zero == a)

    def test_larger_product(self):
        rng = random.Random(11)
        n, p, q = 60, 45, 50
        x = [[rng.randint(-20, 20) for _ in range(p)] for _ in range(n)]
        y = [[rng.randint(-20, 20) for _ in range(q)] for _ in range(p)]
        want = [[sum(x[i][k] * y[k][j] for k in range(p)) for j in range(q)] for i in range(n)]
        result = Matrix(x) @ Matrix(y)
        self.assertEqual(result.shape, (n, q))
        self.assertMatrix(result, want, "a (60x45) @ (45x50) product")
        self.assertTrue((Matrix(x) @ Matrix(y)).T == Matrix(y).T @ Matrix(x).T, "(XY)ᵀ = YᵀXᵀ")
