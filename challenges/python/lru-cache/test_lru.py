import random
import time
import unittest

from lru import LRUCache


class LRUCacheTest(unittest.TestCase):
    # Lists are compared with assertSequenceEqual and membership with assertTrue(key in cache):
    # `key in cache` calls the candidate's __contains__ and always yields a plain bool.
    # ---- samples ---------------------------------------------------------------------------

    def test_get_returns_stored_value(self):
        cache = LRUCache(2)
        cache.put("a", 1)
        cache.put("b", 2)
        self.assertEqual(cache.get("a"), 1)
        self.assertEqual(cache.get("b"), 2)
        self.assertEqual(len(cache), 2)

    def test_evicts_least_recently_used(self):
        cache = LRUCache(2)
        cache.put("a", 1)
        cache.put("b", 2)
        self.assertEqual(cache.get("a"), 1, "get('a') should return 1")
        cache.put("c", 3)  # full: "b" is the least recently used, because get("a") used "a"
        self.assertEqual(cache.get("b"), None, "'b' should have been evicted")
        self.assertSequenceEqual(cache.keys(), ["a", "c"])
        self.assertEqual(len(cache), 2)

    def test_missing_key_returns_default(self):
        cache = LRUCache(3)
        self.assertIsNone(cache.get("nope"))
        self.assertEqual(cache.get("nope", -1), -1)
        cache.put("x", 10)
        self.assertEqual(cache.get("y", "absent"), "absent")
        self.assertSequenceEqual(cache.keys(), ["x"])

    # ---- hidden ----------------------------------------------------------------------------

    def test_get_refreshes_recency(self):
        cache = LRUCache(3)
        for k in "abc":
            cache.put(k, k.upper())
        self.assertEqual(cache.get("a"), "A")
        self.assertSequenceEqual(cache.keys(), ["b", "c", "a"], "get('a') makes 'a' the most recently used")
        cache.put("d", "D")
        self.assertFalse("b" in cache, "'b' was the least recently used and should be evicted")
        self.assertSequenceEqual(cache.keys(), ["c", "a", "d"])

    def test_put_existing_key_updates_and_refreshes(self):
        cache = LRUCache(3)
        cache.put("a", 1)
        cache.put("b", 2)
        cache.put("c", 3)
        cache.put("a", 100)  # update: no eviction, and "a" becomes the most recent
        self.assertEqual(len(cache), 3, "updating a key must not change the size")
        self.assertSequenceEqual(cache.keys(), ["b", "c", "a"])
        self.assertEqual(cache.get("a"), 100)
        cache.put("d", 4)
        self.assertSequenceEqual(cache.keys(), ["c", "a", "d"], "'b' is now the least recently used")

    def test_update_when_full_does_not_evict(self):
        cache = LRUCache(2)
        cache.put(1, "one")
        cache.put(2, "two")
        cache.put(1, "uno")
        self.assertTrue(2 in cache, "an update of a present key must not evict another key")
        self.assertEqual(cache.get(1), "uno")
        self.assertEqual(len(cache), 2)

    def test_capacity_zero_stores_nothing(self):
        cache = LRUCache(0)
        cache.put("a", 1)
        cache.put("b", 2)
        self.assertEqual(len(cache), 0, "a cache of capacity 0 stores nothing")
        self.assertIsNone(cache.get("a"), "a cache of capacity 0 stores nothing")
        self.assertFalse("a" in cache)
        self.assertSequenceEqual(cache.keys(), [])

    def test_capacity_one(self):
        cache = LRUCache(1)
        cache.put("a", 1)
        cache.put("b", 2)
        self.assertSequenceEqual(cache.keys(), ["b"])
        self.assertEqual(cache.get("a", "gone"), "gone")
        cache.put("b", 3)
        self.assertEqual(cache.get("b"), 3)
        self.assertEqual(len(cache), 1, "capacity 1 holds one entry")

    def test_negative_capacity_raises_value_error(self):
        with self.assertRaises(ValueError):
            LRUCache(-1)
        with self.assertRaises(ValueError):
            LRUCache(-100)

    def test_contains_does_not_refresh(self):
        cache = LRUCache(2)
        cache.put("old", 1)
        cache.put("new", 2)
        self.assertTrue("old" in cache)
        self.assertFalse("other" in cache)
        cache.put("newest", 3)  # "old" is still the least recently used: `in` is not a use
        self.assertFalse("old" in cache, "`key in cache` must not count as a use")
        self.assertSequenceEqual(cache.keys(), ["new", "newest"])

    def test_failed_get_changes_nothing(self):
        cache = LRUCache(2)
        cache.put("a", 1)
        cache.put("b", 2)
        self.assertEqual(cache.get("zzz", 0), 0)
        self.assertSequenceEqual(cache.keys(), ["a", "b"])
        self.assertEqual(len(cache), 2)
        self.assertFalse("zzz" in cache, "a failed get must not store the key")

    def test_len_tracks_size(self):
        cache = LRUCache(3)
        sizes = []
        for k in range(5):
            cache.put(k, k * k)
            sizes.append(len(cache))
        self.assertSequenceEqual(sizes, [1, 2, 3, 3, 3])
        self.assertSequenceEqual(cache.keys(), [2, 3, 4])

    def test_keys_returns_a_fresh_list(self):
        cache = LRUCache(3)
        cache.put("a", 1)
        cache.put("b", 2)
        keys = cache.keys()
        self.assertIs(type(keys), list, "keys() must return a list")
        keys.append("intruder")
        keys.clear()
        self.assertSequenceEqual(cache.keys(), ["a", "b"], "changing the returned list must not change the cache")
        cache.put("c", 3)
        self.assertSequenceEqual(keys, [], "the list returned earlier must not follow later changes")

    def test_stored_none_and_falsy_values(self):
        cache = LRUCache(4)
        cache.put("none", None)
        cache.put("zero", 0)
        cache.put("empty", "")
        cache.put("false", False)
        self.assertIsNone(cache.get("none", "missing"), "a stored None is a value, not a miss")
        self.assertEqual(cache.get("zero", "missing"), 0)
        self.assertEqual(cache.get("empty", "missing"), "")
        self.assertIs(cache.get("false", "missing"), False)
        self.assertSequenceEqual(cache.keys(), ["none", "zero", "empty", "false"],
                         "a successful get of a falsy value is still a use")

    def test_instances_are_independent(self):
        first = LRUCache(2)
        second = LRUCache(5)
        first.put("shared?", 1)
        self.assertFalse("shared?" in second, "each cache needs its own storage (not a class attribute)")
        self.assertEqual(len(second), 0)
        for k in range(4):
            second.put(k, k)
        self.assertEqual(len(first), 1)
        self.assertEqual(len(second), 4)

    def test_any_hashable_key(self):
        cache = LRUCache(3)
        cache.put((1, 2), "tuple")
        cache.put(-7, "negative int")
        cache.put("7", "string")
        self.assertEqual(cache.get((1, 2)), "tuple")
        self.assertEqual(cache.get(-7), "negative int")
        self.assertEqual(cache.get("7"), "string")
        self.assertIsNone(cache.get(7), "the int 7 and the string '7' are different keys")

    def test_many_operations_are_fast(self):
        capacity, calls, allowed = 10_000, 200_000, 2.0
        cache = LRUCache(capacity)
        rng = random.Random(5)
        start = time.perf_counter()
        hits = 0
        for i in range(calls):
            key = rng.randrange(15_000)
            if i % 2:
                cache.put(key, i)
            elif cache.get(key) is not None:
                hits += 1
            if i % 1000 == 999 and time.perf_counter() - start > allowed:
                self.fail(f"too slow: only {i + 1:,} of {calls:,} get/put calls finished in "
                          f"{allowed:g} s on a cache of {capacity:,} entries; get and put must be "
                          "O(1) (no scanning a list of keys)")
        self.assertEqual(len(cache), capacity)
        self.assertGreater(hits, 0)
        self.assertEqual(len(cache.keys()), capacity)
