"""What the harness itself sees while a unittest test runs: exceptions escaping the test method,
setUp, tearDown and every subTest block, whether the method ran to its end, and whether the
test asked to be skipped. unittest's own report is not needed to know a test failed."""

import unittest
# bound now, so a candidate that reassigns builtins during a test changes nothing here
from builtins import BaseException, getattr, isinstance

SkipTest = unittest.SkipTest
_subTest = unittest.TestCase.subTest
_skipTest = unittest.TestCase.skipTest


class Watch:
    """What the harness itself saw during the current test (set by run_one)."""

    def __init__(self):
        self.events = []  # (exception, subtest description or None), in order
        self.completed = False
        self.author_skip = False


current = [None]


def record(exc, subtest=None):
    watch = current[0]
    if watch is None:
        return
    if isinstance(exc, SkipTest) and watch.author_skip:
        return
    watch.events.append((exc, subtest))


def watched(fn, is_test):
    def watched(self, *args, **kwargs):
        try:
            result = fn(self, *args, **kwargs)
        except BaseException as e:
            record(e)
            raise
        if is_test and current[0] is not None:
            current[0].completed = True
        return result

    watched.__name__ = getattr(fn, "__name__", "test")
    watched.__dict__.update(getattr(fn, "__dict__", {}))
    watched.__wrapped__ = fn
    return watched


def author_skip(self, reason):
    if current[0] is not None:
        current[0].author_skip = True
    return _skipTest(self, reason)


class _WatchedSubTest:
    __slots__ = ("inner", "description")

    def __init__(self, inner, description):
        self.inner = inner
        self.description = description

    def __enter__(self):
        return self.inner.__enter__()

    def __exit__(self, kind, exc, tb):
        if exc is not None:
            record(exc, self.description)
        return self.inner.__exit__(kind, exc, tb)


def watched_subtest(self, msg=None, **params):
    parts = ([f"[{msg}]"] if msg is not None else []) + (
        [f"({', '.join(f'{k}={v!r}' for k, v in params.items())})"] if params else [])
    inner = _subTest(self, msg, **params) if msg is not None else _subTest(self, **params)
    return _WatchedSubTest(inner, " ".join(parts) or "(sub-test)")
