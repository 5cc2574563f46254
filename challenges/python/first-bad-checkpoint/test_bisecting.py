import unittest

from bisecting import first_bad


class Oracle:
    """is_bad for checkpoints 0..n-1, bad from `first` on; records and polices every call."""

    def __init__(self, test, n, first):
        self.test, self.n, self.first = test, n, first
        self.calls = []

    def __call__(self, i):
        self.test.assertIs(type(i), int, f"is_bad was called with {i!r}, not an int")
        self.test.assertTrue(0 <= i < self.n, f"is_bad({i}) is outside 0..{self.n - 1}")
        self.test.assertNotIn(i, self.calls, f"is_bad({i}) was asked twice")
        self.calls.append(i)
        return i >= self.first


class FirstBadTest(unittest.TestCase):
    def check(self, n, first):
        oracle = Oracle(self, n, first)
        expected = first if first < n else -1
        self.assertEqual(first_bad(n, oracle), expected)
        self.assertLessEqual(len(oracle.calls), n.bit_length(), f"too many calls: {oracle.calls}")
        return oracle.calls

    # ---- samples ---------------------------------------------------------------------------

    def test_worked_example(self):
        self.check(7, 3)

    def test_none_bad(self):
        self.check(4, 4)

    def test_all_bad(self):
        self.check(5, 0)

    # ---- hidden ----------------------------------------------------------------------------

    def test_zero_checkpoints_makes_no_call(self):
        self.assertEqual(self.check(0, 0), [])

    def test_one_checkpoint(self):
        self.check(1, 0)
        self.check(1, 1)

    def test_two_checkpoints(self):
        for first in range(3):
            with self.subTest(first=first):
                self.check(2, first)

    def test_three_checkpoints(self):
        for first in range(4):
            with self.subTest(first=first):
                self.check(3, first)

    def test_only_the_last_is_bad(self):
        self.check(100, 99)
        self.check(64, 63)

    def test_every_answer_up_to_forty(self):
        for n in range(1, 41):
            for first in range(n + 1):
                with self.subTest(n=n, first=first):
                    self.check(n, first)

    def test_powers_of_two_and_neighbours(self):
        for n in (255, 256, 257, 1023, 1024, 1025):
            for first in (0, 1, n // 2, n - 1, n):
                with self.subTest(n=n, first=first):
                    self.check(n, first)

    def test_huge_n(self):
        n = 10**18
        for first in (0, 1, 123_456_789_012_345_678, n - 1, n):
            with self.subTest(first=first):
                calls = self.check(n, first)
                self.assertLessEqual(len(calls), 60)

    def test_non_integer_answer_type(self):
        result = first_bad(10, lambda i: i >= 6)
        self.assertIs(type(result), int)
        self.assertEqual(result, 6)

    def test_truthy_results_are_accepted(self):
        # is_bad may return any truthy / falsy value, as an `if` would read it
        self.assertEqual(first_bad(9, lambda i: 1 if i >= 4 else 0), 4)


if __name__ == "__main__":
    unittest.main()
