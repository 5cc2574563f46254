import itertools
import unittest

from windows import sliding_windows


class Stream:
    """An iterator that counts the items read from it and refuses to be read past `limit`.

    Over an endless source, reading too much means the solution is not lazy: it fails with a
    clear message instead of running out of time or memory."""

    def __init__(self, items=None, limit=10_000):
        self._items = itertools.count() if items is None else iter(items)
        self.read = 0
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        item = next(self._items)  # a finite stream ends with StopIteration
        if self.read >= self.limit:
            raise AssertionError(
                f"sliding_windows read more than {self.limit:,} items from a stream while only "
                "a few windows were requested: it must be lazy (no list(), no reading ahead)")
        self.read += 1
        return item


class SlidingWindowsTest(unittest.TestCase):
    # ---- samples ------------------------------------------------------------------------------

    def test_worked_example(self):
        self.assertEqual(list(sliding_windows([1, 2, 3, 4, 5], 3)), [(1, 2, 3), (2, 3, 4), (3, 4, 5)])
        self.assertEqual(list(sliding_windows("abc", 2)), [("a", "b"), ("b", "c")])

    def test_shorter_than_size_yields_nothing(self):
        self.assertEqual(list(sliding_windows([1, 2], 3)), [])
        self.assertEqual(list(sliding_windows([], 1)), [])

    def test_infinite_iterator(self):
        windows = sliding_windows(Stream(), 2)
        self.assertEqual(list(itertools.islice(windows, 4)), [(0, 1), (1, 2), (2, 3), (3, 4)])

    # ---- hidden -------------------------------------------------------------------------------

    def test_size_one(self):
        self.assertEqual(list(sliding_windows([7, 8, 9], 1)), [(7,), (8,), (9,)])

    def test_size_equal_to_length(self):
        self.assertEqual(list(sliding_windows(range(4), 4)), [(0, 1, 2, 3)])

    def test_windows_are_new_tuples(self):
        windows = list(sliding_windows([1, 2, 3, 4], 2))
        for w in windows:
            self.assertIs(type(w), tuple, f"each window must be a tuple, got {type(w).__name__}")
        self.assertEqual(windows, [(1, 2), (2, 3), (3, 4)],
                         "windows kept by the caller must not change later (yield a new tuple each time)")

    def test_invalid_size_raises_at_call_time(self):
        for size in (0, -1, -10):
            with self.assertRaises(ValueError, msg=f"sliding_windows([1, 2, 3], {size}) must raise "
                                   "ValueError when called, before any next() (a raise inside "
                                   "a generator body only runs at the first next())"):
                sliding_windows([1, 2, 3], size)

    def test_reads_nothing_at_call_time(self):
        stream = Stream()
        sliding_windows(stream, 3)
        self.assertEqual(stream.read, 0, "calling sliding_windows must not read from the stream yet")

    def test_reads_exactly_what_it_needs(self):
        stream = Stream()
        windows = sliding_windows(stream, 4)
        reads = []
        for _ in range(3):
            next(windows)
            reads.append(stream.read)
        self.assertEqual(reads, [4, 5, 6], "items read after each of the first three windows: "
                         "the first window needs exactly size items, each later one exactly one more")

    def test_one_shot_iterators(self):
        self.assertEqual(list(sliding_windows(iter([1, 2, 3]), 2)), [(1, 2), (2, 3)])
        squares = (x * x for x in range(5))
        self.assertEqual(list(sliding_windows(squares, 3)), [(0, 1, 4), (1, 4, 9), (4, 9, 16)])
        self.assertEqual(list(sliding_windows(Stream("xyz"), 2)), [("x", "y"), ("y", "z")])

    def test_returns_an_iterator(self):
        windows = sliding_windows([1, 2, 3], 2)
        self.assertIs(iter(windows), windows, "return an iterator (e.g. a generator), not a list")
        self.assertEqual(next(windows), (1, 2))
        self.assertEqual(next(windows), (2, 3))

    def test_exhausted_stays_exhausted(self):
        windows = sliding_windows([1, 2], 2)
        self.assertEqual(next(windows), (1, 2))
        with self.assertRaises(StopIteration):
            next(windows)
        with self.assertRaises(StopIteration):
            next(windows)

    def test_falsy_and_none_items(self):
        items = [0, None, "", 0, False, None]
        self.assertEqual(list(sliding_windows(items, 2)),
                         [(0, None), (None, ""), ("", 0), (0, False), (False, None)])
        self.assertEqual(list(sliding_windows([None, None, None], 3)), [(None, None, None)])

    def test_independent_generators(self):
        a = sliding_windows([1, 2, 3, 4], 2)
        b = sliding_windows([10, 20, 30], 2)
        self.assertEqual([next(a), next(b), next(a), next(b), next(a)],
                         [(1, 2), (10, 20), (2, 3), (20, 30), (3, 4)])

    def test_long_stream(self):
        n, size = 300_000, 5
        stream = Stream(range(n), limit=n)
        count = 0
        last = None
        for w in sliding_windows(stream, size):
            count += 1
            last = w
        self.assertEqual(count, n - size + 1)
        self.assertEqual(last, tuple(range(n - size, n)))

    def test_far_into_an_endless_stream(self):
        stream = Stream(limit=100_000)
        windows = sliding_windows(stream, 10)
        w = next(itertools.islice(windows, 50_000, None))
        self.assertEqual(w, tuple(range(50_000, 50_010)))
        self.assertEqual(stream.read, 50_010)
