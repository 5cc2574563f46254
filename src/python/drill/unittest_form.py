"""The `unittest` test form: each TestCase method is one test, run with hardened assertions."""

import unittest

from .errors import ChallengeError, LaunderError
from .execute import call_user
from .launder import plain

# Assertions whose compared values are laundered first (how many leading arguments are values),
# so a value whose __eq__ or __bool__ lies fails. Options such as msg, places or seq_type are not.
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
    for cls in classes:
        _harden(cls)
    tests = []
    for t in found:
        method = t._testMethodName
        cid = f"{type(t).__name__}.{method}"
        name = method if len(classes) == 1 else cid
        tests.append(UnitTest(cid, name, cid in samples or method in samples, t))
    tests.sort(key=lambda t: not t.sample)
    known = {t.id for t in tests} | {t.case._testMethodName for t in tests}
    for s in samples:
        if s not in known:
            raise ChallengeError("challenge.json", "tests.samples", f"no test named {s!r} in {file}")
    return tests


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


def _harden(cls):
    for name, count in _HARDENED.items():
        setattr(cls, name, _hardened(getattr(unittest.TestCase, name), count))


_depth = [0]


def _hardened(original, count):
    membership = original.__name__ in ("assertIn", "assertNotIn")

    def assertion(self, *args, **kwargs):
        if _depth[0]:  # unittest's own nested assertion calls get values already checked
            return original(self, *args, **kwargs)
        try:
            args = [plain(a, f"argument {i + 1}") if i < count else a for i, a in enumerate(args)]
            kwargs = {k: plain(v, k) if k in _VALUE_NAMES else v for k, v in kwargs.items()}
        except LaunderError as e:
            if membership and len(args) >= 2:
                # a container the candidate wrote: judge what its __contains__ answers
                found = bool(args[0] in args[1])
                wanted = original.__name__ == "assertIn"
                if found != wanted:
                    raise self.failureException(kwargs.get("msg") or (
                        f"{args[0]!r} {'not ' if wanted else ''}found in the container")) from None
                return None
            raise self.failureException(str(e)) from None
        _depth[0] += 1
        try:
            return original(self, *args, **kwargs)
        finally:
            _depth[0] -= 1

    assertion.__name__ = original.__name__
    return assertion


class _Collector(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.failure = None

    def addFailure(self, test, err):
        if self.failure is None:
            self.failure = ("fail", str(err[1]) or "assertion failed")

    def addError(self, test, err):
        if self.failure is None:
            self.failure = ("error", err[1])

    def addSubTest(self, test, subtest, err):
        if err is not None and self.failure is None:
            kind = "fail" if issubclass(err[0], test.failureException) else "error"
            detail = str(err[1]) if kind == "fail" else err[1]
            if kind == "fail":
                detail = f"{subtest._subDescription()}: {detail}"
            self.failure = (kind, detail)

    def addSkip(self, test, reason):
        pass


def run_one(test, limit, deadline, output_cap, live, recursion_limit=None):
    """Run one test method; returns (outcome, None | ("fail", message) | ("error", exception))."""
    collector = _Collector()

    def body():
        test.case.run(collector)

    outcome = call_user(body, (), {}, limit, deadline, output_cap, live, recursion_limit)
    if outcome.exc is not None and not outcome.interrupted:
        return outcome, ("error", outcome.exc)
    return outcome, collector.failure
