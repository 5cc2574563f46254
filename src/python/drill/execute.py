"""Run one piece of candidate code under capture, a deadline and the snapshot."""

import io
import sys
import time

from .sandbox import CappedText, Interrupted

_getrecursionlimit, _setrecursionlimit = sys.getrecursionlimit, sys.setrecursionlimit


class Deadline:
    """Arms a per-call time limit. Native CPython raises Interrupted from SIGALRM (repeating, so
    code that swallows it is hit again); under Pyodide the host writes the interrupt buffer and
    the call sees KeyboardInterrupt."""

    def __init__(self, use_alarm, clear_interrupt=None):
        self.use_alarm = use_alarm
        self.clear_interrupt = clear_interrupt
        self.armed = False
        if use_alarm:
            import signal

            signal.signal(signal.SIGALRM, self._on_alarm)

    def _on_alarm(self, signum, frame):
        if self.armed:
            raise Interrupted()

    def arm(self, seconds):
        self.armed = True
        if self.use_alarm:
            import signal

            signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001), 0.2)

    def disarm(self):
        self.armed = False
        if self.use_alarm:
            import signal

            signal.setitimer(signal.ITIMER_REAL, 0, 0)
        if self.clear_interrupt is not None:
            self.clear_interrupt()


class Outcome:
    __slots__ = ("value", "exc", "seconds", "interrupted", "stdout", "stderr", "truncated",
                 "recursion_limit")


def call_user(fn, args, kwargs, limit, deadline, output_cap, live, recursion_limit=None):
    """Call fn(*args, **kwargs) as user code; every BaseException is caught and kept.

    recursion_limit: the one the candidate's module set when it loaded (the snapshot restore
    undid it), so `sys.setrecursionlimit(10**4)` at the top of a solution holds in its tests."""
    out = CappedText(output_cap, live and (lambda s: live("stdout", s)))
    err = CappedText(output_cap, live and (lambda s: live("stderr", s)))
    sys.stdout, sys.stderr, sys.stdin = out, err, io.StringIO("")
    outcome = Outcome()
    outcome.value = outcome.exc = None
    if recursion_limit is not None:
        _setrecursionlimit(recursion_limit)
    deadline.arm(limit)
    start = time.perf_counter()
    try:
        outcome.value = fn(*args, **kwargs)
    except BaseException as e:  # SystemExit, KeyboardInterrupt and friends are user outcomes here
        outcome.exc = e
    finally:
        outcome.seconds = time.perf_counter() - start
        deadline.disarm()
    outcome.recursion_limit = _getrecursionlimit()
    outcome.interrupted = isinstance(outcome.exc, (Interrupted, KeyboardInterrupt)) and (
        outcome.seconds >= limit * 0.9)
    outcome.stdout, outcome.stderr = out.text(), err.text()
    outcome.truncated = bool(out.dropped or err.dropped)
    return outcome
