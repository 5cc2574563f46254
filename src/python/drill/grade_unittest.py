"""grade.Grader's unittest form: tests.py is a unittest module importing the candidate's."""

import sys

from .errors import ChallengeError
from .grade_loading import REFERENCE_FILE
from .render import exception_summary
from .sandbox import Snapshot, load_module, private_builtins


class UnittestForm:
    def _run_unittest(self, keep):
        from .unittest_form import collect_tests, run_one

        baseline = Snapshot(keep)
        if self.mode == "prepare":  # see grade.prepare_json
            return
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
            if self.figures is not None:
                self.figures.context.close_all()
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


class _CandidateImportError(Exception):
    """The tests import a name the candidate's module does not define: every test errors."""

    def __init__(self, details):
        super().__init__(details["message"])
        self.details = details
