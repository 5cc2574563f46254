"""A test-only stand-in for matplotlib (no wheel of the real one exists on the test machine).

It implements the part of matplotlib's object API that the pilot visualisation drill and the
grader's figure description use (Figure, Axes.bar/hist/plot, labels, ticks, colours), with the
same attribute names, and draws a real (small, text-free) PNG in savefig. Never shipped.
"""

import contextlib

__version__ = "3.10.8+standin"


class RcParams(dict):
    pass


rcParams = RcParams({"backend": "agg", "figure.figsize": [6.4, 4.8], "figure.dpi": 100.0,
                     "axes.prop_cycle": ["C0", "C1", "C2"]})


def use(backend, force=True):
    rcParams["backend"] = str(backend).lower()


def get_backend():
    return rcParams["backend"]


@contextlib.contextmanager
def rc_context(rc=None):
    saved = dict(rcParams)
    try:
        if rc:
            rcParams.update(rc)
        yield
    finally:
        dict.clear(rcParams)
        dict.update(rcParams, saved)
