import unittest

from batching import BatchIterator


class BatchIteratorTest(unittest.TestCase):
    # ---- samples ---------------------------------------------------------------------------

    def test_worked_example(self):
        it = BatchIterator(["a", "b", "c", "d", "e"], 2)
        self.assertEqual(len(it), 3)
        self.assertEqual(next(it), ["a", "b"])
        self.assertEqual(len(it), 2)
        self.assertEqual(list(it), [["c", "d"], ["e"]])
        with self.assertRaises(StopIteration):
            next(it)
        self.assertEqual(len(it), 0)

    def test_drop_last(self):
        it = BatchIterator([1, 2, 3, 4, 5], 2, drop_last=True)
        self.assertEqual(len(it), 2)
        self.assertEqual(list(it), [[1, 2], [3, 4]])

    def test_exhausted_stays_exhausted(self):
        it = BatchIterator([1, 2, 3], 3)
        self.assertEqual(list(it), [[1, 2, 3]])
        for _ in range(3):
            with self.assertRaises(StopIteration):
                next(it)
        self.assertEqual(list(it), [])

    # ---- hidden ----------------------------------------------------------------------------

    def test_iter_returns_self(self):
        it = BatchIterator([1, 2, 3], 1)
        self.assertIs(iter(it), it)

    def test_second_loop_continues(self):
        it = BatchIterator(list(range(10)), 3)
        first = []
        for batch in it:
            first.append(batch)
            if len(first) == 2:
                break
        self.assertEqual(first, [[0, 1, 2], [3, 4, 5]])
        self.assertEqual(len(it), 2)
        self.assertEqual([b for b in it], [[6, 7, 8], [9]])

    def test_default_keeps_short_last_batch(self):
        it = BatchIterator([1, 2, 3, 4, 5, 6, 7], 3)
        self.assertEqual(len(it), 3)
        self.assertEqual(list(it), [[1, 2, 3], [4, 5, 6], [7]])

    def test_drop_last_with_exact_multiple_keeps_everything(self):
        it = BatchIterator(list(range(6)), 3, drop_last=True)
        self.assertEqual(len(it), 2)
        self.assertEqual(list(it), [[0, 1, 2], [3, 4, 5]])

    def test_drop_last_false_explicit(self):
        self.assertEqual(list(BatchIterator([1, 2, 3], 2, False)), [[1, 2], [3]])

    def test_len_counts_down(self):
        it = BatchIterator(list(range(11)), 4)
        seen = [len(it)]
        for _ in it:
            seen.append(len(it))
        self.assertEqual(seen, [3, 2, 1, 0])

    def test_len_counts_down_with_drop_last(self):
        it = BatchIterator(list(range(11)), 4, drop_last=True)
        seen = [len(it)]
        for _ in it:
            seen.append(len(it))
        self.assertEqual(seen, [2, 1, 0])
        with self.assertRaises(StopIteration):
            next(it)
        self.assertEqual(len(it), 0)

    def test_empty_items(self):
        for drop_last in (False, True):
            it = BatchIterator([], 4, drop_last=drop_last)
            self.assertEqual(len(it), 0)
            self.assertEqual(list(it), [])

    def test_fewer_items_than_one_batch(self):
        self.assertEqual(list(BatchIterator([1, 2], 5)), [[1, 2]])
        it = BatchIterator([1, 2], 5, drop_last=True)
        self.assertEqual(len(it), 0)
        self.assertEqual(list(it), [])

    def test_batch_size_one(self):
        it = BatchIterator(["x", "y"], 1)
        self.assertEqual(len(it), 2)
        self.assertEqual(list(it), [["x"], ["y"]])

    def test_single_item(self):
        it = BatchIterator([42], 1, drop_last=True)
        self.assertEqual(len(it), 1)
        self.assertEqual(list(it), [[42]])

    def test_batch_size_larger_by_one(self):
        self.assertEqual(list(BatchIterator([1, 2, 3, 4], 3)), [[1, 2, 3], [4]])
        self.assertEqual(list(BatchIterator([1, 2, 3, 4], 3, drop_last=True)), [[1, 2, 3]])

    def test_batches_are_new_lists_and_items_untouched(self):
        items = [[0], [1], [2], [3]]
        batches = list(BatchIterator(items, 2))
        self.assertEqual(batches, [[[0], [1]], [[2], [3]]])
        for batch in batches:
            self.assertIs(type(batch), list)
            self.assertIsNot(batch, items)
        batches[0].append("extra")
        self.assertEqual(items, [[0], [1], [2], [3]])

    def test_tuple_and_string_items_give_lists(self):
        self.assertEqual(list(BatchIterator((1, 2, 3), 2)), [[1, 2], [3]])
        self.assertEqual(list(BatchIterator("abcde", 2)), [["a", "b"], ["c", "d"], ["e"]])

    def test_falsy_items_are_items(self):
        self.assertEqual(list(BatchIterator([0, None, "", False], 3)), [[0, None, ""], [False]])

    def test_large(self):
        it = BatchIterator(list(range(100_003)), 1000)
        self.assertEqual(len(it), 101)
        batches = list(it)
        self.assertEqual(len(batches), 101)
        self.assertEqual(batches[-1], [100_000, 100_001, 100_002])
        self.assertEqual(sum(len(b) for b in batches), 100_003)

    def test_bad_batch_size(self):
        for bad in (0, -1, -5, True, False, 2.0, "2", None):
            with self.subTest(batch_size=bad):
                with self.assertRaises(ValueError):
                    BatchIterator([1, 2, 3], bad)

    def test_batch_size_error_comes_from_constructor(self):
        with self.assertRaises(ValueError):
            BatchIterator([], 0)


if __name__ == "__main__":
    unittest.main()
