"""Loading what a run grades: the challenge's own code (its tests module, its reference), timed
within the run's limit and blamed on the challenge when it fails, and the candidate's module."""

import sys
import time

from .errors import ChallengeError
from .execute import call_user
from .process_guards import MAX_RECURSION_LIMIT
from .render import exception_summary, short_repr
from .sandbox import Interrupted, load_module, private_builtins

REFERENCE_FILE = "solution.py (reference)"
LOAD_PHASE = "__load__"  # the test id announced while the candidate's module is imported
_CASES_MODULES = {}  # the latest challenge's cases module, by its files


class ChallengeLoading:
    """grade.Grader's loading of the challenge's code and the candidate's module."""

    tainted = None  # why no later test of this run can be trusted

    def _load_challenge_module(self, name, file):
        """The cases module, reused while the challenge's files stay the same: building large
        inputs at import can take longer than grading a sample. Its values are never handed out:
        the candidate and the reference get deep copies."""
        source = self.job["files"].get(file)
        if source is None:
            raise ChallengeError(file, "tests.file", "file not found in the challenge")
        key = (name, tuple(sorted(self.job["files"].items())))
        if key in _CASES_MODULES and not self.job.get("freshTests"):
            return _CASES_MODULES[key]
        try:
            module = load_module(name, source, f"challenge/{file}", register=False,
                                 trusted_builtins=private_builtins())
        except Exception as e:
            raise ChallengeError(file, "module", exception_summary(e)) from None
        _CASES_MODULES.clear()
        _CASES_MODULES[key] = module
        return module

    def _load_candidate(self, baseline):
        """Import the candidate's module: (entry, None, None) or (None, error details, status)."""
        limit = max(self._limit(None), 0.001)
        self.send({"type": "test-started", "testId": LOAD_PHASE, "timeLimitMs": round(limit * 1000)})
        threads = _threads()
        outcome = call_user(self._import_candidate, (), {}, limit, self.deadline,
                            self.output_cap, self._live(None))
        self._check_threads(threads)
        self.recursion_limit = min(outcome.recursion_limit, MAX_RECURSION_LIMIT)
        self.used += outcome.seconds
        baseline.restore()
        if outcome.interrupted:
            return None, {"message": f"Your code did not finish loading within {limit:.1f} s "
                                     "(a loop at the top level of the file?)"}, "timeout"
        if outcome.exc is not None:
            return None, self._error_details(outcome, "Your code could not be loaded"), "error"
        if self.tainted:
            return None, {"message": self.tainted}, "error"
        mod = outcome.value
        fn = mod.__dict__.get(self.entry)
        if fn is None:
            return None, {"message": f"Your code does not define {self.entry}: keep the name "
                                     "from the starter code."}, "error"
        sys.modules[self.module_name] = mod
        return fn, None, None

    def _import_candidate(self):
        return load_module(self.module_name, self.job["code"], self.filename)

    def _check_threads(self, before):
        """A thread the candidate's code left running could change the harness while it grades:
        the rest of the run is not graded."""
        if _threads() - before and not self.tainted:
            self.tainted = ("Your code left a thread running after it returned, so this run was "
                            "not graded further: let threads finish (join them) before returning")
        return self.tainted is not None

    def _challenge_code(self, file, work):
        """Run the challenge's own code (its tests module, generators, reference) within the
        run's time limit. A hang, sys.exit or KeyboardInterrupt there is the challenge's fault:
        a ChallengeError naming the file, not a verdict on the candidate."""
        limit = max(self.budget, 0.001)
        timer = self.job.get("challengeTimer")  # hosts that interrupt from outside (Pyodide CLI)
        if timer:
            self.send({"type": "challenge-timer", "file": file, "timeLimitMs": round(limit * 1000)})
        started = time.perf_counter()
        self.deadline.arm(limit)
        try:
            return work()
        except (Interrupted, KeyboardInterrupt):
            seconds = time.perf_counter() - started
            if self._stop_requested():
                raise KeyboardInterrupt from None
            if seconds >= limit * 0.9:
                message = (f"did not finish within {limit:g} s, the challenge's time limit "
                           "(an endless loop, or too slow?)")
            else:
                message = "raised KeyboardInterrupt"
            raise ChallengeError(file, "module", message) from None
        except SystemExit as e:
            raise ChallengeError(file, "module", f"called sys.exit({'' if e.code is None else short_repr(e.code)})"
                                 ", which would stop the grader") from None
        finally:
            self.deadline.disarm()
            if timer:
                self.send({"type": "challenge-timer", "file": file, "timeLimitMs": 0})


def _threads():
    return set(sys._current_frames())
