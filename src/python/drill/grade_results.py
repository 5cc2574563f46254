"""grade.Grader's results: time left, error details, and what a finished test reports."""

from .render import candidate_traceback, exception_summary, short_repr


class TestResults:
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
        shown = sample or (status != "pass" and (self.show_hidden_failure or self.show_every_failure))
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


def _error_kind(details):
    """The exception's type name from the traceback's last line ("ZeroDivisionError: ..."), or None."""
    tb = details.get("traceback")
    text = tb.get("text", "") if isinstance(tb, dict) else ""
    kind = text.rstrip().rsplit("\n", 1)[-1].split(":", 1)[0].strip()
    return kind if kind and all(part.isidentifier() for part in kind.split(".")) else None
