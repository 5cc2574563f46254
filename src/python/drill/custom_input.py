"""'Try your own input': evaluate one expression against the reference and the candidate's code."""

import ast
import sys

from .compare import make_comparator
from .errors import LaunderError
from .execute import call_user
from .launder import plain
from .render import candidate_traceback, exception_summary, long_repr
from .sandbox import Snapshot, load_module, private_builtins

INPUT_FILE = "<your input>"
CUSTOM_PHASE = "__custom__"  # the test id announced while the input is evaluated


def run_custom(grader, keep):
    """Emit one custom-result event for grader.job["customInput"]."""
    expression = grader.job.get("customInput") or ""
    result = {"expression": expression}
    try:
        code = compile(ast.parse(expression, mode="eval"), INPUT_FILE, "eval")
    except SyntaxError as e:
        result["error"] = {"message": f"Not a Python expression: {e.msg}. Write a call such as "
                                      f"{grader.entry}(...)"}
        return grader.send({"type": "custom-result", "result": result})
    comparator = _default_comparator(grader)
    baseline = Snapshot(keep)
    reference = _evaluate_reference(grader, code, result)
    baseline.restore()
    _fn, load_error, _status = grader._load_candidate(baseline)
    if load_error is not None:
        result["error"] = load_error
        return grader.send({"type": "custom-result", "result": result})
    namespace = _with_libraries(dict(sys.modules[grader.module_name].__dict__))
    limit = max(grader._limit(None), 0.001)
    grader.send({"type": "test-started", "testId": CUSTOM_PHASE, "timeLimitMs": round(limit * 1000)})
    figures = grader.figures  # a visualisation drill: a Figure is compared by its description
    outcome = call_user(eval if figures is None else figures.timed(eval), (code, namespace), {},
                        limit, grader.deadline, grader.output_cap, grader._live(CUSTOM_PHASE),
                        grader.recursion_limit)
    baseline.restore()
    result.update(stdout=outcome.stdout, stderr=outcome.stderr, outputTruncated=outcome.truncated,
                  durationMs=round(outcome.seconds * 1000, 3))
    if outcome.interrupted:
        result["error"] = {"message": f"Stopped after {outcome.seconds:.1f} s: time limit exceeded"}
    elif outcome.exc is not None:
        result["error"] = grader._error_details(outcome, None)
        result["error"]["traceback"] = candidate_traceback(outcome.exc, grader.filename)
    else:
        try:
            actual = plain(outcome.value if figures is None else figures.value(outcome.value))
            result["actual"] = long_repr(actual)
            if reference is not None:
                diff = comparator(reference, actual)
                result["matches"] = diff is None
                if diff:
                    result["diff"] = diff
        except LaunderError as e:
            result["actual"] = long_repr(outcome.value)
            result["error"] = {"message": str(e)}
    if figures is not None:
        figures.context.close_all()
    grader.send({"type": "custom-result", "result": result})


def _evaluate_reference(grader, code, result):
    """The reference's answer (laundered), or None with result["expectedError"] explaining why."""
    try:
        ref = load_module(grader.module_name, grader.job["reference"], "solution.py (reference)")
        namespace = _with_libraries(dict(ref.__dict__))
        outcome = call_user(eval, (code, namespace), {}, 5.0, grader.deadline, 2000, None)
    finally:
        sys.modules.pop(grader.module_name, None)
    if outcome.exc is not None:
        result["expectedError"] = (f"The reference solution raised {exception_summary(outcome.exc)} "
                                   "on this input: is it a valid input for this drill?")
        return None
    try:
        value = outcome.value
        if grader.figures is not None:
            value = grader.figures.reference_value(value)
        expected = plain(value)
    except LaunderError as e:
        result["expectedError"] = str(e)
        return None
    result["expected"] = long_repr(expected)
    return expected


def _default_comparator(grader):
    if grader.tests_cfg["kind"] != "cases":
        return make_comparator("exact")
    tests_file = grader.tests_cfg["file"]
    source = grader.job["files"].get(tests_file, "")
    try:
        mod = load_module("_drill_tests", source, f"challenge/{tests_file}", register=False,
                          trusted_builtins=private_builtins())
        return make_comparator(getattr(mod, "COMPARE", "exact"))
    except Exception:
        return make_comparator("exact")


def _with_libraries(namespace):
    for alias, name in (("np", "numpy"), ("pd", "pandas"), ("math", "math")):
        if name in sys.modules:
            namespace.setdefault(alias, sys.modules[name])
    return namespace
