"""Native CPython host for the harness: the same protocol as the Pyodide worker.

Reads {"type": "run", "runId": ..., "job": {...}} lines on stdin; writes events as JSON lines to
file descriptor 3, never to stdout, which belongs to the candidate.
"""

import json
import os
import platform
import sys


def main():
    # keep our channel out of reach of user code that writes to fd 3 by number
    channel_fd = os.dup(3)
    os.close(3)
    events = os.fdopen(channel_fd, "w", buffering=1, encoding="utf-8")

    from .grade import run_job

    def send(obj):
        events.write(json.dumps(obj) + "\n")
        events.flush()

    send({"type": "booted", "protocol": 1, "bootMs": 0, "pythonVersion": platform.python_version(), "runtime": "native"})
    for line in sys.stdin:
        msg = json.loads(line)
        if msg.get("type") != "run":
            continue
        run_id = msg["runId"]

        def emit(text, run_id=run_id):
            event = json.loads(text)
            event["runId"] = run_id
            send(event)

        run_job(msg["job"], emit, use_alarm=True)


if __name__ == "__main__":
    main()
