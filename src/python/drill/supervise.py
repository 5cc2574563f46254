"""Start the native harness (native.py) as a child and end every process it leaves behind.

Run by the CLI as the process it talks to. On Linux this process becomes a child subreaper, so a
process the candidate's code forks (even one that calls setsid and forks again) is re-parented
here rather than to init; when the harness exits, or the host sends SIGTERM, every descendant is
killed before this process exits. It runs no candidate code and imports nothing from the harness.
"""

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36


def _prctl(option, value):
    try:
        ctypes.CDLL(None, use_errno=True).prctl(option, value, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux: the host still kills the process group


def _children():
    me = str(os.getpid())
    found = []
    try:
        entries = os.listdir("/proc")
    except OSError:
        return found
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read().decode("ascii", "replace")
        except OSError:
            continue
        # the command name is in parentheses and may hold spaces: fields after the last ")"
        fields = stat[stat.rfind(")") + 2:].split()
        if len(fields) > 1 and fields[1] == me:
            found.append(int(entry))
    return found


def _kill_descendants():
    """Kill children until none are left; their own children are re-parented here as they die."""
    for _ in range(1000):
        pids = _children()
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        while True:
            try:
                pid, _status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                break
        if not pids and not _children():
            return


def main():
    harness_dir = sys.argv[1]
    _prctl(PR_SET_CHILD_SUBREAPER, 1)
    pid = os.fork()
    if pid == 0:
        _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        os.execv(sys.executable, [sys.executable, "-I", "-B", "-c",
                                  "import sys; sys.path.insert(0, sys.argv[1]); "
                                  "from drill.native import main; main()", harness_dir])
    # the harness owns stdin and the event pipe; this process only waits
    os.close(0)
    os.close(3)

    def on_term(signum, frame):
        _kill_descendants()
        os._exit(143)

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            done, status = os.waitpid(-1, 0)
        except ChildProcessError:
            os._exit(1)
        if done == pid:
            break
    _kill_descendants()
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        signal.signal(sig, signal.SIG_DFL)
        os.kill(os.getpid(), sig)
    os._exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 1)


if __name__ == "__main__":
    main()
