"""A run of a visualisation drill: figures described for grading, closed after every test, and
the pair shown in the results (the candidate's and the expected figure as PNG) for one test.

The test shown is the first that did not pass, or the first sample test when all passed. The
expected figure is drawn by the reference afresh at the end of the run, with matplotlib's
settings as they were before the candidate's code ran; the candidate's figure is drawn only when
it could be described (so it holds nothing but matplotlib's own classes and data).
"""

import base64
import copy
import io

from .errors import LaunderError
from .figure_capture import Context, describe, is_figure, refuse_other, settle
from .sandbox import Interrupted

MAX_PIXELS = (800, 600)  # a preview, not a print: larger figures are drawn at a lower dpi
MAX_PNG_BYTES = 600_000
DPI = 100


class FigureRun:
    def __init__(self, render, packages=()):
        self.context = Context(packages)  # before any candidate code of the run
        self.render = render
        self.first_sample = None  # (spec, candidate value, describable)
        self.first_failure = None
        self.described = None  # the latest figure described: only such a figure is drawn

    def timed(self, fn):
        """fn, then settle its figure, all within the candidate's timed call."""
        context = self.context

        def call(*args, **kwargs):
            return settle(fn(*args, **kwargs), context)
        return call

    def reference_value(self, value):
        """The reference's result, a figure replaced by its description (and closed)."""
        try:
            return self.value(settle(value, self.context), "expected")
        finally:
            self.described = None
            self.context.close_all()

    def value(self, value, where="result"):
        """value, or its description when it is a Figure; LaunderError for other matplotlib
        objects (an Axes returned instead of the Figure)."""
        if is_figure(value, self.context):
            description = describe(value, where, self.context)
            self.described = value
            return description
        problem = refuse_other(value, where, self.context)
        if problem is not None:
            raise problem
        return value

    def after_test(self, spec, status, value):
        """Keep the candidate's figure of a test that may be shown; close every pyplot figure."""
        kept = (spec, value if value is self.described and value is not None else None)
        self.described = None
        if self.first_sample is None and spec.sample:
            self.first_sample = kept
        if self.first_failure is None and status != "pass":
            self.first_failure = kept
        self.context.close_all()

    def pair(self, reference_source, load_module, entry, deadline):
        """{"testId", "actual", "expected"} as PNG data URLs (None where there is none), or None."""
        chosen = self.first_failure or self.first_sample
        self.first_sample = self.first_failure = None
        if not self.render or chosen is None:
            return None
        spec, candidate_fig = chosen
        out = {"testId": spec.id, "actual": None, "expected": None}
        if candidate_fig is not None:
            out["actual"] = self._png(candidate_fig, deadline)
        out["expected"] = self._expected_png(spec, reference_source, load_module, entry, deadline)
        self.context.close_all()
        return out

    def _expected_png(self, spec, reference_source, load_module, entry, deadline):
        import matplotlib

        rc = {k: v for k, v in self.context.rc.items() if k != "backend"}
        self.context.close_all()
        try:
            with matplotlib.rc_context(rc):
                ref = load_module("_drill_reference", reference_source, "solution.py (reference)",
                                  register=False)
                value = getattr(ref, entry)(*copy.deepcopy(spec.args), **copy.deepcopy(spec.kwargs))
                if not is_figure(value, self.context):
                    return None
                return self._png(value, deadline)
        except (Exception, Interrupted):
            return None

    def _png(self, fig, deadline):
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        try:
            width, height = (float(v) for v in fig.get_size_inches())
            dpi = min(DPI, MAX_PIXELS[0] / width, MAX_PIXELS[1] / height)
            if not dpi >= 10:  # a figure of metres: a preview would be a smudge, or huge
                return None
            FigureCanvasAgg(fig)  # a canvas of ours, whatever the figure had
            buffer = io.BytesIO()
            deadline.arm(5.0)
            try:
                fig.savefig(buffer, format="png", dpi=dpi, facecolor="white")
            finally:
                deadline.disarm()
        except (Exception, LaunderError, Interrupted):
            return None
        data = buffer.getvalue()
        if not data.startswith(b"\x89PNG\r\n\x1a\n") or len(data) > MAX_PNG_BYTES:
            return None
        return "data:image/png;base64," + base64.b64encode(data).decode("ascii")
