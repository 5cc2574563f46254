"""The `unittest` test form: each TestCase method is one test, run with hardened assertions."""

import unittest

from .errors import ChallengeError, LaunderError
from .execute import call_user
from .launder import plain

# Assertions whose arguments are laundered first, so a value whose __eq__ or __bool__ lies fails.
_HARDENED = ("assertEqual", "assertNotEqual", "assertTrue", "assertFalse", "assertIn",
             "assertNotIn", "assertAlmostEqual", "assertNotAlmostEqual", "assertGreater",
             "assertGreaterEqual", "assertLess", "assertLessEqual", "assertCountEqual",
             "assertListEqual", "assertTupleEqual", "assertDictEqual", "assertSetEqual",
             "assertSequenceEqual", "assertMultiLineEqual")


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
    classes = {type(t) for t in found}
    for cls in classes:
        _harden(cls)
    tests = []
    for t in found:
        method = t._testMethodName
        cid = f"{type(t).__name__}.{method}"
        name = method if len(classes) == 1 else cid
        tests.append(UnitTest(cid, name, cid in samples or method in samples, t))
    known = {t.id for t in tests} | {t.case._testMethodName for t in tests}
    for s in samples:
        if s not in known:
            raise ChallengeError("challenge.json", "tests.samples", f"no test named {s!r} in {file}")
    return tests


def _flatten(suite, out):
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            _flatten(t, out)
        elif type(t).__name__ == "_FailedTest":
            raise ChallengeError("tests", "module", str(getattr(t, "_exception", "load failed")))
        else:
            out.append(t)


def _harden(cls):
    for name in _HARDENED:
        original = getattr(unittest.TestCase, name)
        setattr(cls, name, _hardened(original))


def _hardened(original):
    def assertion(self, *args, **kwargs):
        try:
            args = [plain(a, f"argument {i + 1}") for i, a in enumerate(args)]
            kwargs = {k: plain(v, k) for k, v in kwargs.items()}
        except LaunderError as e:
            raise self.failureException(str(e)) from None
        return original(self, *args, **kwargs)

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


def run_one(test, limit, deadline, output_cap, live, state):
    """Run one test method; returns (outcome, None | ("fail", message) | ("error", exception))."""
    collector = _Collector()

    def body():
        test.case.run(collector)

    outcome = call_user(body, (), {}, limit, deadline, output_cap, live)
    if outcome.exc is not None and not outcome.interrupted:
        return outcome, ("error", outcome.exc)
    return outcome, collector.failure
