import math
import unittest

import numpy as np

from kv_cache import cached_attention

X = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]).reshape(1, 1, 3, 2)
V = np.array([[1.0, 0.0], [0.0, 2.0], [3.0, 3.0]]).reshape(1, 1, 3, 2)


def full_attention(q, k, v, window=None):
    """Causal (optionally sliding-window) attention over the whole sequence, all tokens at once."""
    L = q.shape[-2]
    pos = np.arange(L)
    allowed = pos[None, :] <= pos[:, None]
    if window is not None:
        allowed &= pos[None, :] > pos[:, None] - window
    out = np.zeros(q.shape)
    for i in range(L):  # row by row: no shared code with a vectorised solution
        keys = np.flatnonzero(allowed[i])
        s = np.einsum("bhd,bhkd->bhk", q[..., i, :], k[..., keys, :]) / math.sqrt(q.shape[-1])
        w = np.exp(s - s.max(axis=-1, keepdims=True))
        w /= w.sum(axis=-1, keepdims=True)
        out[..., i, :] = np.einsum("bhk,bhkd->bhd", w, v[..., keys, :])
    return out


def qkv(seed, B, H, L, Dh, scale=1.0):
    g = np.random.default_rng(seed)
    return tuple(g.normal(0.0, scale, size=(B, H, L, Dh)) for _ in range(3))


def decode(q, k, v, chunks, window=None):
    """Feed the sequence through cached_attention chunk by chunk; returns the outputs and caches."""
    outs, caches, cache, start = [], [], None, 0
    for size in chunks:
        part = slice(start, start + size)
        if window is None:
            out, cache = cached_attention(q[..., part, :], k[..., part, :], v[..., part, :], cache)
        else:
            out, cache = cached_attention(q[..., part, :], k[..., part, :], v[..., part, :], cache, window)
        outs.append(out)
        caches.append(cache)
        start += size
    return outs, caches


class CachedAttentionTest(unittest.TestCase):
    def assertArray(self, actual, expected, what, rtol=1e-7, atol=1e-9):
        self.assertIs(type(actual), np.ndarray, f"{what}: expected a numpy.ndarray")
        self.assertEqual(actual.shape, expected.shape, f"{what}: shape")
        self.assertEqual(actual.dtype, np.float64, f"{what}: dtype must be float64")
        bad = ~np.isclose(actual, expected, rtol=rtol, atol=atol)
        if bad.any():
            where = tuple(int(i) for i in np.argwhere(bad)[0])
            self.fail(f"{what}: {int(bad.sum())} of {bad.size} values differ; first at {list(where)}: "
                      f"expected {float(expected[where])!r}, got {float(actual[where])!r}")

    def assertDecodesLikeFull(self, q, k, v, chunks, window=None):
        outs, caches = decode(q, k, v, chunks, window)
        expected = full_attention(q, k, v, window)
        start = 0
        for n, (out, size) in enumerate(zip(outs, chunks)):
            self.assertArray(out, expected[..., start:start + size, :],
                             f"step {n} (tokens {start}..{start + size - 1}) against full attention")
            start += size
            self.assertIs(type(caches[n]), tuple, f"step {n}: the cache must be a tuple (k_cache, v_cache)")
            self.assertEqual(len(caches[n]), 2, f"step {n}: the cache must be a tuple (k_cache, v_cache)")
            keep = start if window is None else min(start, window)
            self.assertArray(caches[n][0], k[..., start - keep:start, :], f"step {n}: k_cache", 0, 0)
            self.assertArray(caches[n][1], v[..., start - keep:start, :], f"step {n}: v_cache", 0, 0)

    # ---- samples ---------------------------------------------------------------------------

    def test_worked_example(self):
        out, cache = cached_attention(X[..., :1, :], X[..., :1, :], V[..., :1, :])
        self.assertArray(out, np.array([1.0, 0.0]).reshape(1, 1, 1, 2), "token 0")
        out, cache = cached_attention(X[..., 1:2, :], X[..., 1:2, :], V[..., 1:2, :], cache)
        self.assertArray(out, np.array([0.3302384506733431, 1.3395230986533138]).reshape(1, 1, 1, 2), "token 1")
        self.assertEqual(cache[0].shape, (1, 1, 2, 2))
        out3, cache3 = cached_attention(X[..., 2:, :], X[..., 2:, :], V[..., 2:, :], cache)
        self.assertArray(out3, np.array([1.7587246087113846, 2.0069796869691077]).reshape(1, 1, 1, 2), "token 2")
        self.assertEqual(cache3[1].shape, (1, 1, 3, 2))
        outw, cachew = cached_attention(X[..., 2:, :], X[..., 2:, :], V[..., 2:, :], cache, 2)
        self.assertArray(outw, np.array([2.0092846479799706, 2.669761549326657]).reshape(1, 1, 1, 2),
                         "token 2 with window=2")
        self.assertEqual(cachew[0].shape, (1, 1, 2, 2))

    def test_prefill_equals_full_causal_attention(self):
        q, k, v = qkv(1, 2, 3, 6, 4)
        self.assertDecodesLikeFull(q, k, v, [6])

    def test_token_by_token_equals_full_causal_attention(self):
        q, k, v = qkv(2, 2, 2, 7, 4)
        self.assertDecodesLikeFull(q, k, v, [1] * 7)

    # ---- hidden ----------------------------------------------------------------------------

    def test_prompt_then_tokens(self):
        q, k, v = qkv(3, 1, 4, 9, 8)
        self.assertDecodesLikeFull(q, k, v, [5, 1, 1, 1, 1])

    def test_uneven_chunks(self):
        q, k, v = qkv(4, 3, 2, 10, 3)
        self.assertDecodesLikeFull(q, k, v, [3, 2, 1, 4])

    def test_one_head_one_feature(self):
        q, k, v = qkv(5, 1, 1, 5, 1)
        self.assertDecodesLikeFull(q, k, v, [2, 1, 2])

    def test_empty_cache_arrays_mean_no_cache(self):
        q, k, v = qkv(6, 2, 2, 3, 4)
        empty = np.zeros((2, 2, 0, 4))
        out, cache = cached_attention(q, k, v, (empty, empty))
        self.assertArray(out, full_attention(q, k, v), "an empty cache")
        self.assertArray(cache[0], k, "k_cache", 0, 0)

    def test_input_cache_is_not_modified(self):
        q, k, v = qkv(7, 1, 2, 4, 3)
        _, cache = cached_attention(q[..., :3, :], k[..., :3, :], v[..., :3, :])
        kept = (cache[0].copy(), cache[1].copy())
        out, _ = cached_attention(q[..., 3:, :], k[..., 3:, :], v[..., 3:, :], cache)
        self.assertTrue(np.array_equal(cache[0], kept[0]), "the k_cache passed in was changed")
        self.assertTrue(np.array_equal(cache[1], kept[1]), "the v_cache passed in was changed")
        again, _ = cached_attention(q[..., 3:, :], k[..., 3:, :], v[..., 3:, :], cache)
        self.assertArray(again, out, "the same step from the same cache twice")

    def test_window_token_by_token(self):
        q, k, v = qkv(8, 2, 2, 8, 4)
        self.assertDecodesLikeFull(q, k, v, [1] * 8, window=3)

    def test_window_with_a_prompt_longer_than_the_window(self):
        q, k, v = qkv(9, 1, 3, 11, 4)
        self.assertDecodesLikeFull(q, k, v, [6, 1, 3, 1], window=2)

    def test_window_longer_than_the_sequence_changes_nothing(self):
        q, k, v = qkv(10, 2, 1, 6, 5)
        outs, caches = decode(q, k, v, [4, 1, 1], window=50)
        self.assertArray(np.concatenate(outs, axis=-2), full_attention(q, k, v), "window=50")
        self.assertEqual(caches[-1][0].shape, (2, 1, 6, 5))

    def test_window_of_one_returns_the_values(self):
        q, k, v = qkv(11, 1, 2, 5, 3)
        self.assertDecodesLikeFull(q, k, v, [2, 1, 2], window=1)
        outs, _ = decode(q, k, v, [5], window=1)
        self.assertArray(outs[0], v, "window=1: each token sees only itself")

    def test_window_equal_to_the_chunk(self):
        q, k, v = qkv(12, 1, 1, 9, 2)
        self.assertDecodesLikeFull(q, k, v, [3, 3, 3], window=3)

    def test_large_scores_are_stable(self):
        q, k, v = qkv(13, 1, 2, 6, 4, scale=1e3)
        self.assertDecodesLikeFull(q, k, v, [2, 1, 1, 2])
        self.assertDecodesLikeFull(q, k, v, [1] * 6, window=2)

    def test_scale_is_one_over_sqrt_head_size(self):
        q, k, v = qkv(14, 1, 1, 4, 9)
        self.assertDecodesLikeFull(q, k, v, [1, 3])

    def test_float32_and_integer_inputs_give_float64(self):
        q, k, v = qkv(15, 1, 2, 4, 3)
        q32, k32, v32 = (a.astype(np.float32) for a in (q, k, v))
        out, cache = cached_attention(q32[..., :2, :], k32[..., :2, :], v32[..., :2, :])
        out, cache = cached_attention(q32[..., 2:, :], k32[..., 2:, :], v32[..., 2:, :], cache)
        expected = full_attention(*(a.astype(np.float64) for a in (q32, k32, v32)))
        self.assertArray(out, expected[..., 2:, :], "float32 inputs")
        self.assertEqual(cache[0].dtype, np.float64, "k_cache dtype")
        qi = np.arange(24).reshape(1, 2, 4, 3) % 5 - 2
        out, cache = cached_attention(qi[..., :3, :], qi[..., :3, :], qi[..., :3, :])
        out, cache = cached_attention(qi[..., 3:, :], qi[..., 3:, :], qi[..., 3:, :], cache)
        self.assertArray(out, full_attention(*(qi.astype(np.float64),) * 3)[..., 3:, :], "integer inputs")

    def test_long_decode(self):
        q, k, v = qkv(16, 1, 4, 300, 16)
        outs, caches = decode(q, k, v, [44] + [1] * 256)
        self.assertArray(outs[-1], _last_token(q, k, v), "token 299 after 256 single steps")
        self.assertEqual(caches[-1][0].shape, (1, 4, 300, 16))


def _last_token(q, k, v):
    """The last token attends every key: no mask needed."""
    s = np.einsum("bhd,bhkd->bhk", q[..., -1, :], k) / math.sqrt(q.shape[-1])
    w = np.exp(s - s.max(axis=-1, keepdims=True))
    w /= w.sum(axis=-1, keepdims=True)
    return np.einsum("bhk,bhkd->bhd", w, v)[..., None, :]
