import random
import unittest
from fractions import Fraction

from ratio import Ratio


class RatioTest(unittest.TestCase):
    def same(self, r, expected):
        """r is a Ratio holding exactly the Fraction (or int) `expected`, in lowest terms."""
        expected = Fraction(expected)
        self.assertIsInstance(r, Ratio)
        self.assertEqual((r.numerator, r.denominator), (expected.numerator, expected.denominator))

    # ---- samples ---------------------------------------------------------------------------

    def test_worked_example(self):
        a = Ratio(1, 3)
        self.assertTrue(a + a + a == 1)
        self.same(1 - Ratio(1, 4), Fraction(3, 4))
        self.same(Ratio(3, 4) / 3, Fraction(1, 4))
        self.same(2 / Ratio(4, 3), Fraction(3, 2))
        self.assertTrue(Ratio(1, 3) < Ratio(1, 2))
        self.assertEqual(float(Ratio(1, 8)), 0.125)

    def test_normalised_on_creation(self):
        r = Ratio(6, -8)
        self.assertEqual((r.numerator, r.denominator), (-3, 4))
        self.assertEqual(repr(r), "Ratio(-3, 4)")
        self.assertEqual(str(r), "-3/4")

    def test_equality_and_hash_with_ints(self):
        self.assertEqual(len({Ratio(2, 1), 2, Ratio(4, 2)}), 1)
        self.assertTrue(Ratio(4, 2) == 2)
        self.assertFalse(Ratio(1, 2) == 0.5)
        with self.assertRaises(TypeError):
            Ratio(1, 2) + 0.5

    # ---- hidden: creation and text ---------------------------------------------------------

    def test_default_denominator(self):
        r = Ratio(5)
        self.assertEqual((r.numerator, r.denominator), (5, 1))
        self.assertEqual(repr(r), "Ratio(5, 1)")
        self.assertEqual(str(r), "5")

    def test_normalisation_cases(self):
        for args, parts in [((2, 4), (1, 2)), ((-2, -4), (1, 2)), ((2, -4), (-1, 2)), ((0, 5), (0, 1)),
                            ((0, -7), (0, 1)), ((7, 7), (1, 1)), ((-9, 3), (-3, 1)), ((1, 1), (1, 1)),
                            ((12, 18), (2, 3)), ((10**30, 10**28), (100, 1))]:
            with self.subTest(args=args):
                r = Ratio(*args)
                self.assertEqual((r.numerator, r.denominator), parts)

    def test_text(self):
        self.assertEqual(str(Ratio(3, 4)), "3/4")
        self.assertEqual(str(Ratio(-1, 2)), "-1/2")
        self.assertEqual(str(Ratio(4, 2)), "2")
        self.assertEqual(str(Ratio(0, 3)), "0")
        self.assertEqual(repr(Ratio(2, 1)), "Ratio(2, 1)")
        self.assertEqual(repr(Ratio(-10, 4)), "Ratio(-5, 2)")

    def test_bad_types(self):
        for args in [(1.5,), (1, 2.0), ("1",), (1, "2"), (True,), (1, True), (None,), (Fraction(1, 2),)]:
            with self.subTest(args=args):
                with self.assertRaises(TypeError):
                    Ratio(*args)

    def test_zero_denominator(self):
        with self.assertRaises(ZeroDivisionError):
            Ratio(1, 0)
        with self.assertRaises(ZeroDivisionError):
            Ratio(0, 0)

    def test_parts_are_read_only(self):
        r = Ratio(1, 2)
        with self.assertRaises(AttributeError):
            r.numerator = 5
        with self.assertRaises(AttributeError):
            r.denominator = 5
        self.assertEqual((r.numerator, r.denominator), (1, 2))

    # ---- hidden: equality and hashing ------------------------------------------------------

    def test_equality(self):
        self.assertEqual(Ratio(1, 2), Ratio(2, 4))
        self.assertNotEqual(Ratio(1, 2), Ratio(1, 3))
        self.assertNotEqual(Ratio(1, 2), Ratio(2, 2))
        self.assertTrue(Ratio(-1, 2) == Ratio(1, -2))
        self.assertFalse(Ratio(1, 2) != Ratio(2, 4))
        self.assertTrue(Ratio(1, 2) != Ratio(-1, 2))
        self.assertTrue(3 == Ratio(6, 2))
        self.assertTrue(Ratio(7, 2) != 3)
        self.assertTrue(Ratio(3, 2) != 3)

    def test_equality_with_other_types_is_false(self):
        for other in (0.5, "1/2", None, [1, 2], (1, 2), True):
            with self.subTest(other=other):
                self.assertFalse(Ratio(1, 2) == other)
                self.assertTrue(Ratio(1, 2) != other)
        for other in (0.5, "1/2", None):
            with self.subTest(other=other):
                self.assertIs(Ratio(1, 2) == other, False)
                self.assertIs(Ratio(1, 2) != other, True)
        self.assertFalse(Ratio(1) == True)  # noqa: E712  a bool is not an operand
        self.assertFalse(Ratio(0) == False)  # noqa: E712

    def test_other_types_get_their_say_in_equality(self):
        class AlwaysHalf:
            def __eq__(self, other):
                return isinstance(other, Ratio) and (other.numerator, other.denominator) == (1, 2)

            __hash__ = None

        self.assertIs(Ratio(1, 2) == AlwaysHalf(), True)
        self.assertIs(Ratio(1, 3) == AlwaysHalf(), False)

    def test_hash(self):
        self.assertEqual(hash(Ratio(1, 2)), hash(Ratio(2, 4)))
        self.assertEqual(hash(Ratio(-6, 3)), hash(-2))
        self.assertEqual(hash(Ratio(0, 9)), hash(0))
        self.assertEqual(hash(Ratio(10**40, 10)), hash(10**39))
        table = {Ratio(1, 2): "half", 3: "three"}
        self.assertEqual(table[Ratio(3, 6)], "half")
        self.assertEqual(table[Ratio(9, 3)], "three")
        self.assertIn(Ratio(3), {3})
        self.assertEqual(len({Ratio(1, 2), Ratio(1, 3), Ratio(2, 4), Ratio(2, 6)}), 2)

    # ---- hidden: arithmetic ----------------------------------------------------------------

    def test_arithmetic_with_ratios(self):
        a, b = Ratio(1, 6), Ratio(-3, 4)
        self.same(a + b, Fraction(-7, 12))
        self.same(a - b, Fraction(11, 12))
        self.same(b - a, Fraction(-11, 12))
        self.same(a * b, Fraction(-1, 8))
        self.same(a / b, Fraction(-2, 9))
        self.same(b / a, Fraction(-9, 2))

    def test_arithmetic_with_ints_on_both_sides(self):
        r = Ratio(2, 3)
        self.same(r + 1, Fraction(5, 3))
        self.same(1 + r, Fraction(5, 3))
        self.same(r - 1, Fraction(-1, 3))
        self.same(1 - r, Fraction(1, 3))
        self.same(r * 3, 2)
        self.same(3 * r, 2)
        self.same(r / 2, Fraction(1, 3))
        self.same(2 / r, 3)
        self.same(0 - r, Fraction(-2, 3))
        self.same(0 / r, 0)

    def test_results_are_normalised(self):
        self.same(Ratio(1, 2) + Ratio(1, 2), 1)
        self.same(Ratio(1, 6) + Ratio(1, 3), Fraction(1, 2))
        self.same(Ratio(1, 2) - Ratio(1, 2), 0)
        self.same(Ratio(2, 3) * Ratio(3, 2), 1)
        self.same(Ratio(1, 3) / Ratio(-1, 3), -1)
        self.same(Ratio(-1, 2) / Ratio(-1, 4), 2)

    def test_division_by_zero(self):
        with self.assertRaises(ZeroDivisionError):
            Ratio(1, 2) / 0
        with self.assertRaises(ZeroDivisionError):
            Ratio(1, 2) / Ratio(0, 3)
        with self.assertRaises(ZeroDivisionError):
            1 / Ratio(0)

    def test_unary(self):
        self.same(-Ratio(3, 4), Fraction(-3, 4))
        self.same(-Ratio(-3, 4), Fraction(3, 4))
        self.same(abs(Ratio(-3, 4)), Fraction(3, 4))
        self.same(abs(Ratio(3, 4)), Fraction(3, 4))
        self.same(-Ratio(0), 0)

    def test_unsupported_operands_raise_type_error(self):
        r = Ratio(1, 2)
        for other in (0.5, "1", None, [1], True, False):
            for op in (lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b):
                with self.subTest(other=other):
                    with self.assertRaises(TypeError):
                        op(r, other)
                    with self.assertRaises(TypeError):
                        op(other, r)

    def test_operands_are_not_changed(self):
        a, b = Ratio(1, 2), Ratio(1, 3)
        for result in (a + b, a - b, a * b, a / b, -a, abs(a), 1 - a, 2 / a):
            self.assertIsNot(result, a)
        self.assertEqual((a.numerator, a.denominator, b.numerator, b.denominator), (1, 2, 1, 3))
        c = a
        c += b
        self.same(c, Fraction(5, 6))
        self.same(a, Fraction(1, 2))

    # ---- hidden: ordering, float, bool ----------------------------------------------------

    def test_ordering_between_ratios(self):
        small, big = Ratio(1, 3), Ratio(1, 2)
        twin = Ratio(2, 6)
        for a, b, lt in ((small, big, True), (big, small, False), (small, twin, False)):
            with self.subTest(a=repr(a), b=repr(b)):
                self.assertIs(a < b, lt)
                self.assertIs(a <= b, lt or a == b)
                self.assertIs(a > b, not lt and a != b)
                self.assertIs(a >= b, not lt)

    def test_ordering_with_ints_on_both_sides(self):
        r = Ratio(5, 2)
        self.assertEqual([r < 2, r < 3, r <= 2, r <= 3, r > 2, r > 3, r >= 2, r >= 3],
                         [False, True, False, True, True, False, True, False])
        self.assertEqual([2 < r, 3 < r, 2 <= r, 3 <= r, 2 > r, 3 > r, 2 >= r, 3 >= r],
                         [True, False, True, False, False, True, False, True])
        w = Ratio(6, 2)
        self.assertEqual([w < 3, w <= 3, w > 3, w >= 3, 3 < w, 3 <= w, 3 > w, 3 >= w],
                         [False, True, False, True, False, True, False, True])

    def test_ordering_with_negatives(self):
        self.assertTrue(Ratio(-1, 2) < Ratio(-1, 3))
        self.assertTrue(Ratio(1, -2) < 0)
        self.assertTrue(-1 < Ratio(-1, 2))
        self.assertTrue(Ratio(-1, 2) >= Ratio(2, -4))
        self.assertEqual(sorted([Ratio(1, 2), Ratio(-3, 4), 0, Ratio(1, 3), 1]), [Ratio(-3, 4), 0, Ratio(1, 3), Ratio(1, 2), 1])
        self.assertEqual(max(Ratio(1, 3), Ratio(2, 7)), Ratio(1, 3))

    def test_ordering_with_other_types_raises(self):
        for other in (0.5, "x", None, True):
            for op in (lambda a, b: a < b, lambda a, b: a <= b, lambda a, b: a > b, lambda a, b: a >= b):
                with self.subTest(other=other):
                    with self.assertRaises(TypeError):
                        op(Ratio(1, 2), other)

    def test_ordering_exact_where_floats_tie(self):
        a = Ratio(10**20 + 1, 10**20)
        b = Ratio(10**20 + 2, 10**20)
        self.assertEqual(float(a), float(b))
        self.assertTrue(a < b)
        self.assertFalse(b <= a)
        self.assertTrue(b > a)
        self.assertFalse(a >= b)
        self.assertNotEqual(a, b)

    def test_float(self):
        self.assertEqual(float(Ratio(1, 8)), 0.125)
        self.assertEqual(float(Ratio(-2, 3)), -2 / 3)
        self.assertEqual(float(Ratio(7)), 7.0)
        self.assertEqual(float(Ratio(10**400, 3 * 10**399)), 10 / 3)
        self.assertEqual(float(Ratio(1, 10**400)), 0.0)
        self.assertIs(type(float(Ratio(1, 3))), float)

    def test_bool(self):
        self.assertFalse(Ratio(0))
        self.assertFalse(Ratio(0, 7))
        self.assertTrue(Ratio(1, 10**9))
        self.assertTrue(Ratio(-1, 2))

    def test_third_plus_third_plus_third_is_exactly_one(self):
        total = Ratio(0)
        for _ in range(3):
            total = total + Ratio(1, 3)
        self.assertEqual(total, 1)
        self.assertEqual(str(total), "1")

    def test_big_numbers_stay_exact(self):
        a = Ratio(3**200, 2**150)
        b = Ratio(-(5**90), 7**80)
        self.same(a * b - a / b + 1, Fraction(3**200, 2**150) * Fraction(-(5**90), 7**80)
                  - Fraction(3**200, 2**150) / Fraction(-(5**90), 7**80) + 1)

    def test_random_against_fraction(self):
        rng = random.Random(2024)
        for _ in range(300):
            n1, n2 = rng.randint(-30, 30), rng.randint(-30, 30)
            d1, d2 = rng.choice([-12, -3, -1, 1, 2, 5, 6, 12]), rng.choice([-4, -1, 1, 3, 4, 9])
            a, b = Ratio(n1, d1), Ratio(n2, d2)
            fa, fb = Fraction(n1, d1), Fraction(n2, d2)
            k = rng.randint(-5, 5)
            with self.subTest(a=(n1, d1), b=(n2, d2), k=k):
                self.same(a + b, fa + fb)
                self.same(a - b, fa - fb)
                self.same(a * b, fa * fb)
                self.same(k - a, k - fa)
                self.same(a * k, fa * k)
                if n2:
                    self.same(a / b, fa / fb)
                if n1:
                    self.same(k / a, k / fa)
                self.assertEqual([a < b, a <= b, a > b, a >= b, a == b], [fa < fb, fa <= fb, fa > fb, fa >= fb, fa == fb])
                self.assertEqual([a < k, k <= a, a == k], [fa < k, k <= fa, fa == k])
                self.assertEqual(hash(a) == hash(b), True if fa == fb else hash(a) == hash(b))


if __name__ == "__main__":
    unittest.main()
