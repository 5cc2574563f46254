"""`drill check --isolated`: the grader keeps the tests, the reference and the verdicts; the
candidate's code runs in another process (isolated_child.py) that gets only each test's inputs and
sends back only plain data (wire.py). Code that walks the garbage collector or stack frames there
finds nothing of the grader's, and nothing it writes reaches the grader's event channel.
"""

import base64
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time

from .errors import ChallengeError, LaunderError
from .grade import IMPORT_NAMES, PRELOAD, Grader, _remove_tree
from .grade_loading import LOAD_PHASE
from .wire import decode, encode

# how long past a test's limit the grader waits for the child before ending it
GRACE_SECONDS = 1.0
# how long sending one test's inputs, or its result, may take
TRANSFER_SECONDS = 120.0
MAX_REPLY_BYTES = 1 << 30
_BOOTSTRAP = ("import sys; sys.path.insert(0, sys.argv[1]); "
              "from drill.isolated_child import main; main()")


class RemoteError(Exception):
    """An exception raised in the candidate's process, as it described it."""

    def __init__(self, info):
        super().__init__(info.get("summary", "error"))
        self.info = info


class _Outcome:
    __slots__ = ("value", "exc", "seconds", "interrupted", "stdout", "stderr", "truncated")


class IsolatedGrader(Grader):
    child = None

    def run(self):
        if self.tests_cfg["kind"] != "cases" or self.mode != "submit":
            raise ChallengeError(self.tests_cfg["file"], "tests.kind",
                                 "--isolated grades challenges whose tests are cases; unittest "
                                 "tests run inside the candidate's interpreter")
        _not_dumpable()
        try:
            super().run()
        finally:
            self._end_child()

    # ---- the candidate's process ----------------------------------------------------------

    def _start_child(self):
        harness_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        self.child_dir = tempfile.mkdtemp(prefix="drill-candidate-")
        os.chmod(self.child_dir, 0o777)  # the child may run as nobody
        read, write = os.pipe()
        env = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "TZ",
                                                              "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")}
        self.child = subprocess.Popen(
            [sys.executable, "-I", "-B", "-c", _BOOTSTRAP, harness_dir, str(write)],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            pass_fds=(write,), cwd=self.child_dir, env=env, start_new_session=True)
        os.close(write)
        self.replies = read
        self.buffer = b""
        packages = [IMPORT_NAMES.get(p, p.replace("-", "_"))
                    for p in self.job["challenge"].get("packages", [])]
        lib_dir = os.path.dirname(os.__file__)
        site = [p for p in sys.path if p.endswith(("site-packages", "dist-packages"))]
        tests_file = self.tests_cfg["file"]
        helpers = {name: source for name, source in self.job["files"].items()
                   if name != tests_file and name.endswith(".py")}
        self._request({"imports": list(PRELOAD) + packages, "module": self.module_name,
                       "helpers": helpers,
                       "entry": self.entry, "workdir": self.child_dir,
                       "outputChars": self.output_cap,
                       "keep": [lib_dir, *site, sys.prefix, sys.base_prefix]})

    def _request(self, obj):
        try:
            self.child.stdin.write((json.dumps(obj, allow_nan=False) + "\n").encode("utf-8"))
            self.child.stdin.flush()
            return True
        except (OSError, ValueError):
            return False

    def _mark(self, phase, limit):
        reply = self._reply(limit)
        return reply is not None and reply.get("phase") == phase

    def _reply(self, limit):
        """The child's next line as a dict, or None when it sent nothing usable within the limit."""
        import select

        end = time.perf_counter() + limit + GRACE_SECONDS
        while b"\n" not in self.buffer:
            left = end - time.perf_counter()
            if left <= 0 or not select.select([self.replies], [], [], left)[0]:
                return None
            chunk = os.read(self.replies, 1 << 20)
            if not chunk or len(self.buffer) > MAX_REPLY_BYTES:
                return None
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        try:
            reply = json.loads(line)
        except ValueError:
            return None
        return reply if type(reply) is dict else None

    def _end_child(self):
        child, self.child = self.child, None
        if child is None:
            return
        try:
            os.killpg(child.pid, 9)
        except OSError:
            pass
        child.wait()
        os.close(self.replies)
        _remove_tree(self.child_dir)

    # ---- the grader's hooks ---------------------------------------------------------------

    def _load_candidate(self, baseline):
        limit = max(self._limit(None), 0.001)
        self._start_child()
        self.send({"type": "test-started", "testId": LOAD_PHASE, "timeLimitMs": round(limit * 1000)})
        started = time.perf_counter()
        reply = self._request({"type": "load", "code": self.job["code"], "limit": limit}) and self._reply(limit)
        self.used += time.perf_counter() - started
        if reply is None:
            self._end_child()
            return None, {"message": f"Your code did not finish loading within {limit:.1f} s, or its "
                                     "process stopped (a loop at the top level of the file?)"}, "timeout"
        outcome = self._outcome(reply, None, limit)
        if outcome.interrupted:
            return None, {"message": f"Your code did not finish loading within {limit:.1f} s "
                                     "(a loop at the top level of the file?)"}, "timeout"
        if outcome.exc is not None:
            return None, self._error_details(outcome, "Your code could not be loaded"), "error"
        if not reply.get("defined"):
            return None, {"message": f"Your code does not define {self.entry}: keep the name "
                                     "from the starter code."}, "error"
        return self.entry, None, None

    def _run_case(self, spec, fn, baseline):
        import copy

        limit = self._limit(spec.time_limit)
        if limit <= 0:
            return self._budget_spent(spec.id, spec.name, spec.sample)
        request = {"type": "call", "limit": limit}
        try:
            request.update(args=encode(copy.deepcopy(spec.args)), kwargs=encode(copy.deepcopy(spec.kwargs)))
        except LaunderError:
            # the challenge's own objects (a helper module's class): pickled, which is safe in this
            # direction only (the grader never unpickles what the candidate's process sends)
            try:
                request["pickled"] = base64.b64encode(pickle.dumps((spec.args, spec.kwargs))).decode("ascii")
            except Exception as e:
                raise ChallengeError(self.tests_cfg["file"], spec.id,
                                     f"this input cannot be sent to an isolated process: {e}") from None
        if self.child is None:
            self._start_child()
            self._request({"type": "load", "code": self.job["code"], "limit": self._limit(None)})
            self._reply(self._limit(None))
        # inputs and results can be large: the call is timed between the child's marks, and the
        # host's clock runs only between test-started and test-returned
        sent = self._request(request) and self._mark("started", TRANSFER_SECONDS)
        self.send({"type": "test-started", "testId": spec.id, "timeLimitMs": round(limit * 1000)})
        started = time.perf_counter()
        returned = sent and self._mark("returned", limit)
        seconds = time.perf_counter() - started
        self.send({"type": "test-returned", "testId": spec.id})
        reply = self._reply(TRANSFER_SECONDS) if returned else None
        details = {"input": self._input_repr(spec)}
        if reply is None:
            # silent past its limit, or it wrote something that is not an answer: a new process
            # answers the next test
            self._end_child()
            self.used += seconds
            outcome = _Outcome()
            outcome.value, outcome.exc, outcome.seconds = None, None, seconds
            outcome.interrupted, outcome.stdout, outcome.stderr, outcome.truncated = True, "", "", False
            if seconds < limit:
                details["message"] = ("Your code's process stopped or sent something that is not "
                                      "an answer")
                return self._finish(spec.id, spec.name, spec.sample, "error", seconds, details)
        else:
            outcome = self._outcome(reply, seconds, limit)
            self.used += outcome.seconds
        details.update(stdout=outcome.stdout, stderr=outcome.stderr, outputTruncated=outcome.truncated)
        if reply is not None and "unsendable" in reply:
            details["message"] = str(reply["unsendable"])[:2000]
            return self._finish(spec.id, spec.name, spec.sample, "fail", outcome.seconds, details)
        status, info = self._verdict(spec, outcome, limit)
        details.update(info)
        self._finish(spec.id, spec.name, spec.sample, status, outcome.seconds, details)

    def _input_repr(self, spec):
        from .render import call_repr

        return call_repr(self.entry, spec.args, spec.kwargs)

    def _outcome(self, reply, measured, limit):
        outcome = _Outcome()
        outcome.value = None
        outcome.exc = None
        reported = reply.get("seconds")
        if measured is None:
            measured = reported if type(reported) in (int, float) and reported >= 0 else 0.0
        outcome.seconds = measured
        outcome.interrupted = reply.get("interrupted") is True and outcome.seconds >= limit * 0.9
        outcome.stdout = str(reply.get("stdout", ""))[: self.output_cap]
        outcome.stderr = str(reply.get("stderr", ""))[: self.output_cap]
        outcome.truncated = reply.get("truncated") is True
        if isinstance(reply.get("error"), dict):
            outcome.exc = RemoteError(reply["error"])
        elif "value" in reply:
            try:
                outcome.value = decode(reply["value"])
            except Exception as e:
                outcome.exc = RemoteError({"summary": f"your result could not be read: {e}"})
        return outcome

    def _error_details(self, outcome, prefix):
        if not isinstance(outcome.exc, RemoteError):
            return super()._error_details(outcome, prefix)
        info = outcome.exc.info
        kind = info.get("type")
        code = info.get("exitCode")
        if kind == "SystemExit" and isinstance(code, str) and "os._exit" in code:
            message = "Your code called os._exit(), which would stop Python: return from your function instead"
        elif kind == "SystemExit":
            message = f"Your code called sys.exit({'' if code in (None, 'None') else code})"
        elif kind == "KeyboardInterrupt":
            message = "Your code raised KeyboardInterrupt"
        elif kind == "RecursionError":
            message = "RecursionError: maximum recursion depth exceeded (is there a base case?)"
        else:
            message = str(info.get("summary", "error"))[:2000]
        if prefix:
            message = f"{prefix}: {message}"
        details = {"message": message}
        tb = info.get("traceback")
        if isinstance(tb, dict) and isinstance(tb.get("text"), str):
            details["traceback"] = {"text": tb["text"][:20000],
                                    "frames": [f for f in tb.get("frames", [])[:200] if isinstance(f, dict)],
                                    "line": tb.get("line") if type(tb.get("line")) is int else None}
        details.update(stdout=outcome.stdout, stderr=outcome.stderr, outputTruncated=outcome.truncated)
        return details


def _not_dumpable():
    """Other processes of this user (the candidate's) cannot read or write this one's memory."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE 0
    except (OSError, AttributeError):
        pass
