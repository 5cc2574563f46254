"""The `unittest` test form: each TestCase method is one test, run with hardened assertions.

Assertions compare values rebuilt by trust.trusted (see there). Whether a test passed is decided
from what the harness itself saw: the test method, setUp, tearDown and every subTest block are
wrapped, so a candidate that raises unittest.SkipTest or patches unittest's internals during a
test cannot turn a failure into a pass.
"""

import linecache
import traceback
import unittest
# bound now, so a candidate that reassigns builtins during a test changes nothing here
from builtins import (AssertionError, BaseException, RuntimeError, bool, callable, getattr,
                      isinstance, setattr, str, type, vars)

from .errors import ChallengeError
from .execute import call_user
from .guarded import Refused
from .trust import Context, trusted
from .unittest_watch import SkipTest, Watch, author_skip, current, watched, watched_subtest

# Assertions whose compared values are rebuilt first (how many leading arguments are values).
# Options such as msg, places or seq_type are not.
_HARDENED = {"assertTrue": 1, "assertFalse": 1, "assertEqual": 2, "assertNotEqual": 2,
             "assertAlmostEqual": 2, "assertNotAlmostEqual": 2, "assertGreater": 2,
             "assertGreaterEqual": 2, "assertLess": 2, "assertLessEqual": 2,
             "assertCountEqual": 2, "assertListEqual": 2, "assertTupleEqual": 2,
             "assertDictEqual": 2, "assertSetEqual": 2, "assertSequenceEqual": 2,
             "assertMultiLineEqual": 2, "assertIn": 2, "assertNotIn": 2}
_VALUE_NAMES = ("first", "second", "expr", "member", "container", "a", "b", "seq1", "seq2",
                "d1", "d2", "set1", "set2", "list1", "list2", "tuple1", "tuple2")

class UnitTest:
    __slots__ = ("id", "name", "sample", "case")

    def __init__(self, id, name, sample, case):
        self.id = id
        self.name = name
        self.sample = sample
        self.case = case


def collect_tests(module, file, samples):
    loader = unittest.TestLoader()
    found = []
    _flatten(loader.loadTestsFromModule(module), found)
    if not found:
        raise ChallengeError(file, "TestCase", "no test methods found (names start with 'test')")
    found.sort(key=_definition_order)
    classes = {type(t) for t in found}
    context = Context([module.__dict__])
    for cls in classes:
        _harden(cls, context, {t._testMethodName for t in found if type(t) is cls})
    tests = []
    for t in found:
        method = t._testMethodName
        cid = f"{type(t).__name__}.{method}"
        name = method if len(classes) == 1 else cid
        tests.append(UnitTest(cid, name, cid in samples or method in samples, t))
    tests.sort(key=lambda t: not t.sample)
    _set_up_classes.clear()
    _check_samples(tests, samples, file)
    return tests


def _check_samples(tests, samples, file):
    ids = {t.id for t in tests}
    for s in samples:
        if s in ids:
            continue
        owners = [t.id for t in tests if t.case._testMethodName == s]
        if not owners:
            raise ChallengeError("challenge.json", "tests.samples", f"no test named {s!r} in {file}")
        if len(owners) > 1:
            raise ChallengeError("challenge.json", "tests.samples",
                                 f"{s!r} names a test in {len(owners)} classes "
                                 f"({', '.join(owners)}): name one, e.g. {owners[0]!r}")


def _definition_order(test):
    """Tests in the order the file defines them (unittest itself sorts by name)."""
    fn = getattr(type(test), test._testMethodName, None)
    code = getattr(fn, "__code__", None)
    return (type(test).__name__, code.co_firstlineno if code else 0)


def _flatten(suite, out):
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            _flatten(t, out)
        elif type(t).__name__ == "_FailedTest":
            raise ChallengeError("tests", "module", str(getattr(t, "_exception", "load failed")))
        else:
            out.append(t)


def _harden(cls, context, methods):
    if cls.__dict__.get("_drill_hardened"):
        return
    cls._drill_hardened = True
    for name, count in _HARDENED.items():
        setattr(cls, name, _hardened(getattr(unittest.TestCase, name), count, context))
    # unittest's machinery as it is now, on the class: patching unittest.TestCase during a test
    # changes nothing here
    for name, value in vars(unittest.TestCase).items():
        if callable(value) and not name.startswith("__") and getattr(cls, name) is value:
            setattr(cls, name, value)
    cls.subTest = watched_subtest
    cls.skipTest = author_skip
    for name in ("setUp", "tearDown"):
        setattr(cls, name, watched(getattr(cls, name), False))
    for name in methods:
        method = getattr(cls, name)
        if not getattr(method, "__unittest_expecting_failure__", False):
            setattr(cls, name, watched(method, True))


_depth = [0]


def _hardened(original, count, context):
    def assertion(self, *args, **kwargs):
        if _depth[0]:  # unittest's own nested assertion calls get values already rebuilt
            return original(self, *args, **kwargs)
        try:
            args = [trusted(a, f"argument {i + 1}", context) if i < count else a
                    for i, a in enumerate(args)]
            kwargs = {k: trusted(v, k, context) if k in _VALUE_NAMES else v
                      for k, v in kwargs.items()}
            _depth[0] += 1
            try:
                return original(self, *args, **kwargs)
            finally:
                _depth[0] -= 1
        except Refused as e:
            raise self.failureException(str(e)) from None

    assertion.__name__ = original.__name__
    return assertion


class _Collector(unittest.TestResult):
    """unittest's own report, used where the harness saw nothing (e.g. an expected failure)."""

    def __init__(self):
        super().__init__()
        self.failure = None

    def addFailure(self, test, err):
        if self.failure is None:
            self.failure = (err[1], None)

    def addError(self, test, err):
        if self.failure is None:
            self.failure = (err[1], None)

    def addSubTest(self, test, subtest, err):
        if err is not None and self.failure is None:
            self.failure = (err[1], subtest._subDescription())

    def addUnexpectedSuccess(self, test):
        if self.failure is None:
            self.failure = (AssertionError("the test is marked expectedFailure, but it passed"),
                            None)

    def addSkip(self, test, reason):
        pass


def _statically_skipped(case):
    """Skipped by a decorator, or an expected failure (unittest's own report then decides)."""
    method = getattr(type(case), case._testMethodName, None)
    return bool(getattr(type(case), "__unittest_skip__", False)
                or getattr(method, "__unittest_skip__", False)
                or getattr(method, "__unittest_expecting_failure__", False))


_set_up_classes = {}


def run_one(test, limit, deadline, output_cap, live, recursion_limit=None, tests_filename=None):
    """Run one test method; returns (outcome, None | ("fail", message, detail) | ("error", exc))."""
    collector = _Collector()
    watch = Watch()
    cls = type(test.case)

    def body():
        if cls not in _set_up_classes:
            _set_up_classes[cls] = None
            try:
                cls.setUpClass()
            except BaseException as e:
                _set_up_classes[cls] = e
        if _set_up_classes[cls] is not None:
            raise _set_up_classes[cls]
        test.case.run(collector)

    current[0] = watch
    try:
        outcome = call_user(body, (), {}, limit, deadline, output_cap, live, recursion_limit)
    finally:
        current[0] = None
    if outcome.exc is not None and not outcome.interrupted:
        return outcome, ("error", outcome.exc)
    if watch.events:
        exc, subtest = watch.events[0]
    elif collector.failure is not None:
        exc, subtest = collector.failure
    elif watch.completed or watch.author_skip or _statically_skipped(test.case):
        return outcome, None
    else:
        exc, subtest = RuntimeError("the test did not run to its end (was unittest changed?)"), None
    if isinstance(exc, SkipTest):
        exc = RuntimeError(f"your code raised unittest.SkipTest({str(exc)!r}): a test cannot be "
                           "skipped from the code it tests")
    if not isinstance(exc, AssertionError):
        return outcome, ("error", exc)
    message = str(exc) or "assertion failed"
    if subtest:
        message = f"{subtest}: {message}"
    return outcome, ("fail", message, _failure_detail(exc, message, tests_filename))


def _failure_detail(exc, message, tests_filename):
    """The assertion's line in the test, as plain unittest's traceback shows it."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__)
              if tests_filename is not None and f.filename == tests_filename]
    if not frames:
        return message
    f = frames[-1]
    line = (f.line or linecache.getline(f.filename, f.lineno)).strip()
    name = f.filename.rsplit("/", 1)[-1]
    return f"{name}, line {f.lineno}, in {f.name}:\n    {line}\n{message}"

