"""Grade candidate code against a challenge's tests. Same code in Pyodide and native CPython.

run_job(job, emit) reports through emit(json_text) only: test-started, output, test-finished,
run-finished or run-failed. Nothing is read back from the candidate's stdout.
"""

import copy
import hashlib
import json
import os
import re
import sys
import tempfile
import time

from .cases import FROM_REFERENCE, collect_cases
from .errors import ChallengeError, LaunderError
from .execute import Deadline, call_user
from .launder import plain
from .render import call_repr, candidate_traceback, exception_summary, long_repr, short_repr
from .sandbox import Interrupted, Snapshot, load_module, private_builtins

PRELOAD = ("collections", "collections.abc", "itertools", "functools", "heapq", "bisect", "math",
           "statistics", "random", "re", "string", "json", "csv", "io", "typing", "dataclasses",
           "copy", "operator", "decimal", "fractions", "datetime", "unittest", "enum", "array")
REFERENCE_FILE = "solution.py (reference)"
IMPORT_NAMES = {"scikit-learn": "sklearn"}
LOAD_PHASE = "__load__"  # the test id announced while the candidate's module is imported
_CASES_MODULES = {}  # the latest challenge's cases module, by its files


def warm_up():
    """Import what runs need and reseed random: once per interpreter, before a memory snapshot is
    taken and again after one is restored (a restored snapshot would otherwise repeat its seed)."""
    import random

    for name in PRELOAD:
        __import__(name)
    from . import custom_input, figure_view, figures, integrity, testkit, unittest_form  # noqa: F401  imported lazily by runs

    random.seed()


def run_job_json(job_text, emit, use_alarm=False, clear_interrupt=None, should_stop=None):
    """run_job for hosts that hold the job as JSON text (the Pyodide worker)."""
    run_job(json.loads(job_text), emit, use_alarm, clear_interrupt, should_stop)


def run_job(job, emit, use_alarm=False, clear_interrupt=None, should_stop=None):
    """Grade job["code"]; every event goes through emit(json_text).

    should_stop() is polled between tests and after an interrupt: true means the user pressed Stop.
    """
    install_guards()

    def send(event):
        emit(json.dumps(event, allow_nan=False))

    grader = Grader
    if job.get("isolated"):  # drill check --isolated: the candidate's code in another process
        from .isolated import IsolatedGrader as grader
    try:
        grader(job, send, Deadline(use_alarm, clear_interrupt), should_stop).run()
    except ChallengeError as e:
        send({"type": "run-failed", "error": e.to_json()})
    except Exception as e:  # a harness bug must still end the run with a readable message
        send({"type": "run-failed", "error": {"kind": "harness", "message": exception_summary(e)}})


def run_job_checked(job, emit, baseline, use_alarm=False, clear_interrupt=None, should_stop=None):
    """run_job for a host inside the same process (native CPython): afterwards the interpreter is
    compared with `baseline` (integrity.baseline(), taken once after warm_up), and the run's last
    event carries "retire" when it must not grade again (the harness was changed, a thread
    outlived the run, memory ran out). The Pyodide worker does the same from JavaScript."""
    import threading

    from . import integrity

    state = {"cache": None, "ends": [], "memory": False}

    def relay(text):
        event = json.loads(text)
        kind = event.get("type")
        if kind in ("run-finished", "run-failed"):
            state["ends"].append(event)
            return
        if kind == "test-started" and state["cache"] is None:
            state["cache"] = integrity.cache_record()  # before the candidate's first line
        if kind == "test-finished" and "MemoryError" in str(event["result"].get("message", "")):
            state["memory"] = True
        emit(text)

    run_job(job, relay, use_alarm, clear_interrupt, should_stop)
    change = integrity.changed(baseline)
    if change is None and state["cache"] is not None:
        change = integrity.changed(state["cache"])
    if change is None and threading.active_count() > 1:
        change = "a thread outlived the run"
    if len(state["ends"]) != 1:
        change = "the run did not end exactly once"
    end = (state["ends"] or [{"type": "run-failed", "error": {
        "kind": "harness", "message": "The grader ended without a result"}}])[0]
    if change is not None:
        end["retire"] = {"reason": "tampered", "detail": change}
    elif state["memory"]:
        end["retire"] = {"reason": "memory", "detail": "MemoryError"}
    emit(json.dumps(end, allow_nan=False))


MAX_RECURSION_LIMIT = 20_000  # deeper Python recursion is cheap, but 10**6 takes 20 s to fail


def install_guards():
    """Once per interpreter: os._exit() becomes an error instead of killing Python, and
    sys.setrecursionlimit() is capped so runaway recursion fails in milliseconds."""
    import posix

    if getattr(sys.setrecursionlimit, "_drill_guard", False):
        return

    def _exit(status=0):
        raise SystemExit(f"os._exit({status})")

    real_setrecursionlimit = sys.setrecursionlimit

    def setrecursionlimit(limit):
        real_setrecursionlimit(min(int(limit), MAX_RECURSION_LIMIT))

    setrecursionlimit._drill_guard = True
    os._exit = posix._exit = _exit
    sys.setrecursionlimit = setrecursionlimit


class Grader:
    def __init__(self, job, send, deadline, should_stop=None):
        ch = job["challenge"]
        self.should_stop = should_stop or (lambda: False)
        self.stopped = False
        self.job = job
        self.send = send
        self.deadline = deadline
        self.entry = ch["entry"]
        self.module_name = ch.get("module") or "solution"
        self.filename = f"{self.module_name}.py"
        self.tests_cfg = ch["tests"]
        self.budget = ch.get("timeLimitMs", 10000) / 1000
        self.mode = job.get("mode", "submit")
        self.only = set(job["only"]) if job.get("only") else None
        self.show_hidden_failure = job.get("showFirstHiddenFailure", True)
        self.fail_fast = job.get("stopAtFirstFailure", False)  # `drill mutate`: one failure is enough
        self.output_cap = job.get("limits", {}).get("outputChars", 20000)
        self.used = job.get("budgetUsedMs", 0) / 1000
        self.results = []
        self.recursion_limit = None  # what the candidate's module set while loading
        self.figures = None  # a FigureRun for drills that draw with matplotlib

    # ---- the whole run ----------------------------------------------------------------------

    def run(self):
        started = time.perf_counter()
        workdir = tempfile.mkdtemp(prefix="drill-")
        home = os.getcwd()
        for name in PRELOAD:
            __import__(name)
        if "matplotlib" in self.job["challenge"].get("packages", []):
            from .figure_view import FigureRun

            self.figures = FigureRun(bool(self.job.get("showFigures")),
                                     self.job["challenge"]["packages"])
        for package in self.job["challenge"].get("packages", []):
            # imported before the snapshot, so the snapshot covers (and restores) its modules
            try:
                __import__(IMPORT_NAMES.get(package, package.replace("-", "_")))
            except ImportError:
                pass
        lib_dir = os.path.dirname(os.__file__)
        site = [p for p in sys.path if p.endswith(("site-packages", "dist-packages"))]
        helpers_dir = os.path.join(workdir, ".challenge")
        os.mkdir(helpers_dir)
        tests_file = self.tests_cfg["file"]
        for name, source in self.job["files"].items():
            if name != tests_file and name.endswith(".py"):
                with open(os.path.join(helpers_dir, name), "w") as f:
                    f.write(source)
        sys.path.insert(0, helpers_dir)
        os.chdir(workdir)
        keep = (lib_dir, *site, sys.prefix, sys.base_prefix)
        figures = None
        try:
            if self.mode == "custom":
                from .custom_input import run_custom

                run_custom(self, keep)
            elif self.tests_cfg["kind"] == "unittest":
                self._run_unittest(keep)
            else:
                self._run_cases(keep)
            if self.figures is not None and not self.stopped:
                figures = self.figures.pair(self.job["reference"], load_module, self.entry,
                                            self.deadline)
        except KeyboardInterrupt:
            # Stop's interrupt can land in the harness rather than in user code
            if not self._stop_requested():
                raise
        finally:
            if self.tests_cfg.get("kind") == "unittest":
                from .unittest_form import end_run

                end_run()
            os.chdir(home)
            if helpers_dir in sys.path:
                sys.path.remove(helpers_dir)
            for name in [n for n, m in sys.modules.items()
                         if getattr(m, "__file__", None) and str(m.__file__).startswith(workdir)]:
                del sys.modules[name]
            sys.modules.pop(self.module_name, None)
            _remove_tree(workdir)
        counts = {s: sum(r["status"] == s for r in self.results)
                  for s in ("pass", "fail", "error", "timeout")}
        end = {"type": "run-finished", "stopped": self.stopped, "summary": {
            "total": len(self.results), "passed": counts["pass"], "failed": counts["fail"],
            "errors": counts["error"], "timeouts": counts["timeout"],
            "durationMs": round((time.perf_counter() - started) * 1000, 2)}}
        if figures:
            end["figures"] = figures
        self.send(end)

    def _plan(self, tests):
        """Announce the tests about to run, so a host can resume the rest after a crash.

        A case's fingerprint hashes its input and expected value: equal fingerprints across two
        runs show the generated cases are deterministic."""
        self.send({"type": "plan", "tests": [
            {"id": t.id, "name": t.name, "sample": t.sample, "fingerprint": self._fingerprint(t)}
            for t in tests]})

    def _fingerprint(self, t):
        if not hasattr(t, "args"):
            return t.id
        try:
            text = repr((t.args, t.kwargs, t.expected))
        except Exception:
            text = call_repr(self.entry, t.args, t.kwargs) + long_repr(t.expected)
        # functions and plain objects print their memory address, which changes from run to run
        text = re.sub(r" at 0x[0-9a-fA-F]+", "", text)
        return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:16]

    def _stop_requested(self):
        if not self.stopped and self.should_stop():
            self.stopped = True
        return self.stopped

    def _selected(self, tests):
        chosen = [t for t in tests if t[1] or self.mode == "submit"]
        if self.only is not None:
            chosen = [t for t in chosen if t[0] in self.only]
        return chosen

    # ---- cases form ---------------------------------------------------------------------------

    def _run_cases(self, keep):
        tests_file = self.tests_cfg["file"]
        specs = self._challenge_code(tests_file, lambda: collect_cases(
            self._load_challenge_module("_drill_tests", tests_file), tests_file))
        specs = [s for s in specs if (s.id, s.sample) in
                 {(i, smp) for i, smp in self._selected([(s.id, s.sample) for s in specs])}]
        self._challenge_code("solution.py", lambda: self._expected_from_reference(specs))
        self._plan(specs)
        baseline = Snapshot(keep)
        fn, load_error, load_status = self._load_candidate(baseline)  # restores the baseline
        for spec in specs:
            if self._stop_requested():
                break
            if load_error is not None:
                self._finish(spec.id, spec.name, spec.sample, load_status, 0, load_error)
                continue
            self._run_case(spec, fn, baseline)

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

    def _expected_from_reference(self, specs):
        need = [s for s in specs if s.expected is FROM_REFERENCE]
        if need:
            try:
                ref = load_module("_drill_reference", self.job["reference"], REFERENCE_FILE,
                                  register=False)
                fn = getattr(ref, self.entry)
            except Exception as e:
                raise ChallengeError("solution.py", "module", exception_summary(e)) from None
        for s in specs:
            if s.expected is FROM_REFERENCE:
                try:
                    value = fn(*copy.deepcopy(s.args), **copy.deepcopy(s.kwargs))
                    if self.figures is not None:
                        value = self.figures.reference_value(value)
                except Exception as e:
                    raise ChallengeError("solution.py", s.id,
                                         f"reference raised {exception_summary(e)}") from None
                where = "solution.py"
            else:
                value, where = s.expected, "tests"
            try:
                if self.figures is not None and where == "tests":
                    value = self.figures.value(value, "expected")
                s.expected = plain(value, "expected")
            except LaunderError as e:
                raise ChallengeError(where, s.id, f"the expected value cannot be compared safely: {e}") from None

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

    def _run_case(self, spec, fn, baseline):
        limit = self._limit(spec.time_limit)
        if self.tainted:
            return self._finish(spec.id, spec.name, spec.sample, "error", 0, {"message": self.tainted})
        if limit <= 0:
            return self._budget_spent(spec.id, spec.name, spec.sample)
        args, kwargs = copy.deepcopy(spec.args), copy.deepcopy(spec.kwargs)
        self.send({"type": "test-started", "testId": spec.id, "timeLimitMs": round(limit * 1000)})
        threads = _threads()
        outcome = call_user(fn if self.figures is None else self.figures.timed(fn), args, kwargs,
                            limit, self.deadline, self.output_cap, self._live(spec.id),
                            self.recursion_limit)
        if self._check_threads(threads):
            self.send({"type": "test-returned", "testId": spec.id})
            return self._finish(spec.id, spec.name, spec.sample, "error", outcome.seconds,
                                {"message": self.tainted})
        # the candidate's time ends here; comparing a large result is the harness's time
        self.send({"type": "test-returned", "testId": spec.id})
        self.used += outcome.seconds
        baseline.restore()
        if isinstance(outcome.exc, KeyboardInterrupt) and self._stop_requested():
            return
        details = {"input": call_repr(self.entry, spec.args, spec.kwargs),
                   "stdout": outcome.stdout, "stderr": outcome.stderr,
                   "outputTruncated": outcome.truncated}
        status, info = self._verdict(spec, outcome, limit)
        details.update(info)
        if self.figures is not None:
            self.figures.after_test(spec, status, outcome.value)
        self._finish(spec.id, spec.name, spec.sample, status, outcome.seconds, details)

    def _verdict(self, spec, outcome, limit):
        if outcome.interrupted or (outcome.exc is None and outcome.seconds > limit):
            return "timeout", {"message": self._too_slow(outcome.seconds, limit, spec.time_limit)}
        if outcome.exc is not None:
            return "error", self._error_details(outcome, None)
        try:
            value = outcome.value if self.figures is None else self.figures.value(outcome.value)
            actual = plain(value)
        except LaunderError as e:
            return "fail", {"message": str(e), "actual": short_repr(outcome.value)}
        info = {"expected": long_repr(spec.expected), "actual": long_repr(actual)}
        if spec.check is not None:
            message = self._run_check(spec, actual)
        else:
            message = spec.comparator(spec.expected, actual)
        if message:
            info["diff"] = message
            info["message"] = message.splitlines()[0]
            return "fail", info
        return "pass", info

    def _run_check(self, spec, actual):
        try:
            verdict = spec.check(actual, spec.expected, *copy.deepcopy(spec.args),
                                 **copy.deepcopy(spec.kwargs))
        except AssertionError as e:
            return str(e) or "the check failed"
        except Exception as e:
            return f"the check could not use your result: {exception_summary(e)}"
        if verdict is None or verdict is True:
            return None
        return verdict if isinstance(verdict, str) and verdict else "the check failed"

    # ---- unittest form ------------------------------------------------------------------------

    def _run_unittest(self, keep):
        from .unittest_form import collect_tests, run_one

        baseline = Snapshot(keep)
        mod, load_error, load_status = self._load_candidate(baseline)
        tests_file = self.tests_cfg["file"]
        if load_error is None:
            try:
                tests_mod = self._challenge_code(tests_file, lambda: self._load_unittest_module(tests_file))
            except _CandidateImportError as e:  # the tests import a name the candidate lacks
                load_error, load_status = e.details, "error"
        if load_error is None:
            tests = self._challenge_code(tests_file, lambda: collect_tests(
                tests_mod, tests_file, self.tests_cfg.get("samples", [])))
        else:
            tests = self._challenge_code(tests_file, lambda: self._unittest_ids_without_candidate(tests_file))
        selected = self._selected([(t.id, t.sample) for t in tests])
        chosen_ids = {i for i, _ in selected}
        tests = [t for t in tests if t.id in chosen_ids]
        self._plan(tests)
        if load_error is not None:
            for t in tests:
                self._finish(t.id, t.name, t.sample, load_status, 0, load_error)
            return
        state = Snapshot(keep)
        for t in tests:
            if self._stop_requested():
                break
            limit = self._limit(None)
            if limit <= 0:
                self._budget_spent(t.id, t.name, t.sample)
                continue
            self.send({"type": "test-started", "testId": t.id, "timeLimitMs": round(limit * 1000)})
            outcome, failure = run_one(t, limit, self.deadline, self.output_cap,
                                       self._live(t.id), self.recursion_limit,
                                       f"challenge/{tests_file}")
            self.used += outcome.seconds
            state.restore()
            if self._stop_requested():
                break
            details = {"stdout": outcome.stdout, "stderr": outcome.stderr,
                       "outputTruncated": outcome.truncated}
            if outcome.interrupted or outcome.seconds > limit:
                status = "timeout"
                details["message"] = self._too_slow(outcome.seconds, limit, None)
            elif failure is None:
                status = "pass"
            elif failure[0] == "fail":
                status = "fail"
                details["message"] = failure[1]
                details["diff"] = failure[2]
            else:
                status = "error"
                outcome.exc = failure[1]
                details.update(self._error_details(outcome, None))
            self._finish(t.id, t.name, t.sample, status, outcome.seconds, details)

    def _load_unittest_module(self, file):
        source = self.job["files"].get(file)
        if source is None:
            raise ChallengeError(file, "tests.file", "file not found in the challenge")
        try:
            return load_module("_drill_tests", source, f"challenge/{file}", register=False,
                               trusted_builtins=private_builtins())
        except ImportError as e:
            if e.name == self.module_name and self.module_name in sys.modules:
                raise _CandidateImportError({"message": f"{exception_summary(e)}: the tests "
                                             "import it from your code, so define it there"}
                                            ) from None
            raise ChallengeError(file, "module", f"{exception_summary(e)} (the candidate's module "
                                 f"is importable as {self.module_name!r})") from None
        except Exception as e:
            raise ChallengeError(file, "module", exception_summary(e)) from None

    def _unittest_ids_without_candidate(self, file):
        """Test ids when the candidate's code does not load: load the tests against the reference."""
        from .unittest_form import collect_tests

        ref = load_module(self.module_name, self.job["reference"], REFERENCE_FILE)
        try:
            return collect_tests(self._load_unittest_module(file), file,
                                 self.tests_cfg.get("samples", []))
        except _CandidateImportError as e:
            raise ChallengeError(REFERENCE_FILE, "module", e.details["message"]) from None
        finally:
            if sys.modules.get(self.module_name) is ref:
                del sys.modules[self.module_name]

    # ---- shared -------------------------------------------------------------------------------

    tainted = None  # why no later test of this run can be trusted

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

    def _limit(self, case_limit):
        remaining = self.budget - self.used
        return min(case_limit, remaining) if case_limit else remaining

    def _too_slow(self, seconds, limit, case_limit):
        if case_limit and limit >= case_limit:
            return (f"Too slow: stopped after {seconds:.2f} s; this case allows {case_limit:g} s "
                    "(a faster algorithm is needed)")
        return f"Time limit exceeded: the run's {self.budget:g} s were used up ({seconds:.2f} s in this test)"

    def _budget_spent(self, id, name, sample):
        self._finish(id, name, sample, "timeout", 0,
                     {"message": f"Not run: the run's time limit of {self.budget:g} s was used up"})

    def _error_details(self, outcome, prefix):
        exc = outcome.exc
        tb = candidate_traceback(exc, self.filename)
        if isinstance(exc, SystemExit) and isinstance(exc.code, str) and "os._exit" in exc.code:
            message = (f"Your code called {exc.code}, which would stop Python: "
                       "return from your function instead")
        elif isinstance(exc, SystemExit):
            message = f"Your code called sys.exit({'' if exc.code is None else short_repr(exc.code)})"
        elif isinstance(exc, KeyboardInterrupt):
            message = "Your code raised KeyboardInterrupt"
        elif isinstance(exc, RecursionError):
            message = "RecursionError: maximum recursion depth exceeded (is there a base case?)"
        elif isinstance(exc, SyntaxError) and exc.filename == self.filename:
            message = f"{type(exc).__name__}: {exc.msg} (line {exc.lineno})"
        else:
            message = exception_summary(exc)
        if prefix:
            message = f"{prefix}: {message}"
        details = {"message": message, "traceback": tb}
        if hasattr(outcome, "stdout"):
            details.update(stdout=outcome.stdout, stderr=outcome.stderr,
                           outputTruncated=outcome.truncated)
        return details

    def _live(self, test_id):
        send = self.send

        def live(stream, text):
            send({"type": "output", "testId": test_id, "stream": stream, "text": text})
        return live

    def _finish(self, id, name, sample, status, seconds, details):
        shown = sample or (status != "pass" and self.show_hidden_failure)
        if not sample and status != "pass":
            self.show_hidden_failure = False
        result = {"id": id, "name": name, "sample": sample, "status": status,
                  "durationMs": round(seconds * 1000, 3), "detailed": shown}
        if shown:
            result.update(details)
        elif "message" in details and status in ("timeout",):
            result["message"] = details["message"]
        elif status == "error" and _error_kind(details):
            # a hidden error says its kind only (e.g. "ZeroDivisionError"), never its details
            result["message"] = _error_kind(details)
        self.results.append(result)
        self.send({"type": "test-finished", "result": result})
        if self.fail_fast and status != "pass":
            self.stopped = True


class _CandidateImportError(Exception):
    """The tests import a name the candidate's module does not define: every test errors."""

    def __init__(self, details):
        super().__init__(details["message"])
        self.details = details


def _threads():
    return set(sys._current_frames())


def _error_kind(details):
    """The exception's type name from the traceback's last line ("ZeroDivisionError: ..."), or None."""
    tb = details.get("traceback")
    text = tb.get("text", "") if isinstance(tb, dict) else ""
    kind = text.rstrip().rsplit("\n", 1)[-1].split(":", 1)[0].strip()
    return kind if kind and all(part.isidentifier() for part in kind.split(".")) else None


def _remove_tree(path):
    for root, dirs, files in os.walk(path, topdown=False):
        for f in files:
            try:
                os.remove(os.path.join(root, f))
            except OSError:
                pass
        for d in dirs:
            try:
                os.rmdir(os.path.join(root, d))
            except OSError:
                pass
    try:
        os.rmdir(path)
    except OSError:
        pass
