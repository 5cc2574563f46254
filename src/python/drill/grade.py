"""Grade candidate code against a challenge's tests. Same code in Pyodide and native CPython.

run_job(job, emit) reports through emit(json_text) only: test-started, output, test-finished,
run-finished or run-failed. Nothing is read back from the candidate's stdout.
"""

import hashlib
import json
import os
import re
import sys
import tempfile
import time

from .errors import ChallengeError
from .execute import Deadline
from .grade_cases import CasesForm
from .grade_loading import ChallengeLoading
from .grade_results import TestResults
from .grade_unittest import UnittestForm
from .process_guards import install_guards
from .render import call_repr, exception_summary, long_repr
from .sandbox import load_module

PRELOAD = ("collections", "collections.abc", "itertools", "functools", "heapq", "bisect", "math",
           "statistics", "random", "re", "string", "json", "csv", "io", "typing", "dataclasses",
           "copy", "operator", "decimal", "fractions", "datetime", "unittest", "enum", "array")
IMPORT_NAMES = {"scikit-learn": "sklearn"}


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


def prepare_json(job_text):
    """Before any candidate code runs here, build what a run of this drill builds first (its
    tests module, the samples' expected values, the copies the restore compares with), so the
    run that follows only grades. A failure is left for that run to report."""
    job = json.loads(job_text)
    job["mode"] = "prepare"
    install_guards()  # as run_job does: the restore's copies hold them
    try:
        Grader(job, lambda event: None, Deadline(False)).run()
    except Exception:
        pass


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


class Grader(CasesForm, UnittestForm, ChallengeLoading, TestResults):
    """One graded run: the form-specific steps come from the mixins it is made of."""

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
        self.show_every_failure = job.get("showEveryFailure", False)
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
            if self.figures is not None and not self.stopped and self.mode != "prepare":
                figures = self.figures.pair(self.job["reference"], load_module, self.entry,
                                            self.deadline)
        except KeyboardInterrupt:
            # Stop's interrupt can land in the harness rather than in user code
            if not self._stop_requested():
                raise
        finally:
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
