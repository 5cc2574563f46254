"""Crosschecks for `drill validate`, one forked child each, from a process that has imported
NumPy, pandas and scikit-learn once (importing scikit-learn took 1-3 s per crosscheck otherwise).

Reads one JSON job per line on stdin (the input of drill.crosscheck), forks, and the child runs
drill.crosscheck on it with its own stdin and stdout; the parent answers with one JSON line
{"stdout": ..., "status": ...} on stdout. A child's changes to modules or globals die with it,
so no crosscheck sees another's. Authors' code only: never candidates'.
"""

import io
import json
import os
import sys

PRELOAD = ("numpy", "pandas", "sklearn", "sklearn.metrics", "sklearn.model_selection", "sklearn.preprocessing")


def _preload():
    for name in PRELOAD:
        try:
            __import__(name)
        except Exception:  # a missing library is the crosscheck's to report, in the child
            pass


def _run_child(job_text, write_fd):
    from drill import crosscheck

    os.dup2(2, 1)  # the answer channel is the parent's: a stray write to fd 1 goes to stderr
    sys.stdin = io.StringIO(job_text)
    out = os.fdopen(write_fd, "w", encoding="utf-8")
    sys.stdout = out
    try:
        crosscheck.main()
    finally:
        out.flush()
        os._exit(0)


def main():
    _preload()
    answer = sys.stdout
    answer.write(json.dumps({"ready": True}) + "\n")
    answer.flush()
    for line in sys.stdin:
        if not line.strip():
            continue
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_fd)
            try:
                _run_child(line, write_fd)
            finally:
                os._exit(70)
        os.close(write_fd)
        with os.fdopen(read_fd, "r", encoding="utf-8", errors="replace") as child_out:
            text = child_out.read()
        _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        answer.write(json.dumps({"stdout": text, "status": code}) + "\n")
        answer.flush()


if __name__ == "__main__":
    main()
