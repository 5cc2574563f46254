"""grade.Grader's cases form: tests.py lists case(...) calls, each compared by a comparator."""

import copy

from .cases import FROM_REFERENCE, collect_cases
from .errors import ChallengeError, LaunderError
from .execute import call_user
from .grade_loading import REFERENCE_FILE, _threads
from .inputs_unchanged import changed_input
from .launder import plain
from .render import call_repr, exception_summary, long_repr, short_repr
from .sandbox import Snapshot, load_module


class CasesForm:
    def _run_cases(self, keep):
        tests_file = self.tests_cfg["file"]
        specs = self._challenge_code(tests_file, lambda: collect_cases(
            self._load_challenge_module("_drill_tests", tests_file), tests_file))
        specs = [s for s in specs if (s.id, s.sample) in
                 {(i, smp) for i, smp in self._selected([(s.id, s.sample) for s in specs])}]
        self._challenge_code("solution.py", lambda: self._expected_from_reference(specs))
        if self.mode == "prepare":  # see grade.prepare_json
            Snapshot(keep)
            return
        self._plan(specs)
        if self.job.get("planOnly"):  # the tests and expected values are all that was asked
            self.stopped = True
            return
        baseline = Snapshot(keep)
        fn, load_error, load_status = self._load_candidate(baseline)  # restores the baseline
        for spec in specs:
            if self._stop_requested():
                break
            if load_error is not None:
                self._finish(spec.id, spec.name, spec.sample, load_status, 0, load_error)
                continue
            self._run_case(spec, fn, baseline)

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
        if spec.inputs_unchanged and status in ("pass", "fail") and outcome.exc is None:
            changed = changed_input(fn, spec.args, spec.kwargs, args, kwargs)
            if changed:
                diff = changed if status == "pass" else f"{changed}\n{info.get('diff')}"
                status, info = "fail", {**info, "message": changed, "diff": diff}
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
