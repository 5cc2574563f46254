"""Native CPython host for the harness: the same protocol as the Pyodide worker.

Started by supervise.py, one process per graded run. The first line on stdin is the run's key,
a secret the host made; then {"type": "run", "runId": ..., "job": {...}} lines. Events go to file
descriptor 3 as "<key> <json>" lines, never to stdout, which belongs to the candidate: a line
without the key (code that found the pipe under /proc/self/fd) is refused by the host.
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
    stdin = sys.stdin
    key = stdin.readline().strip()

    from .grade import run_job

    def send(obj, key=key, pid=os.getpid(), getpid=os.getpid, exit_now=os._exit):
        if getpid() != pid:
            exit_now(0)  # a copy forked by the candidate's code does not speak for the harness
        events.write(f"{key} {json.dumps(obj)}\n")
        events.flush()

    send({"type": "booted", "protocol": 1, "bootMs": 0, "pythonVersion": platform.python_version(), "runtime": "native"})
    del key
    for line in stdin:
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
