"""Interpreter-wide guards a graded run relies on, installed once per interpreter."""

import os
import sys

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
