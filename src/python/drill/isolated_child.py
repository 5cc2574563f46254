"""The candidate's side of `drill check --isolated`: a process of its own that holds none of the
grader's state (no tests, no expected values, no event channel). It loads the candidate's module,
then answers one request at a time: inputs in, the returned value out, both as wire.py data.

Started by isolated.py as: python -I -B -c <bootstrap> <harness dir> <reply fd>. Requests are
JSON lines on stdin; replies are JSON lines on the reply pipe. When started as root it gives up
its rights first (user nobody), so the candidate's code cannot touch the grader's process or files.
"""

import json
import os
import sys


def _open_to_anyone(path):
    """Whether every folder down to path can be entered, and path read, by any user."""
    import stat

    path = os.path.realpath(path)
    parts = path.split(os.sep)
    for i in range(1, len(parts) + 1):
        here = os.sep.join(parts[:i]) or os.sep
        try:
            mode = os.stat(here).st_mode
        except OSError:
            return False
        if not mode & stat.S_IROTH or (stat.S_ISDIR(mode) and not mode & stat.S_IXOTH):
            return False
    return True


def _drop_privileges(paths):
    """As root, run the candidate's code as nobody, when Python and its libraries stay readable."""
    if not hasattr(os, "getuid") or os.getuid() != 0:
        return
    if not all(_open_to_anyone(p) for p in paths):
        return
    try:
        os.setgroups([])
        os.setgid(65534)
        os.setuid(65534)
    except OSError:
        pass


def main():
    reply_fd = int(sys.argv[2])
    replies = os.fdopen(reply_fd, "w", buffering=1, encoding="utf-8")
    requests = sys.stdin
    # what the candidate's code may import, loaded before any of it runs (and before rights drop)
    setup = json.loads(requests.readline())
    helpers_dir = os.path.join(setup["workdir"], ".challenge")
    os.mkdir(helpers_dir)
    for name, source in setup["helpers"].items():
        with open(os.path.join(helpers_dir, os.path.basename(name)), "w") as f:
            f.write(source)
    sys.path.insert(0, helpers_dir)
    for name in setup["imports"]:
        try:
            __import__(name)
        except ImportError:
            pass
    _drop_privileges([os.path.dirname(os.__file__), sys.executable, *sys.path[:1],
                      *[p for p in sys.path if p.endswith("site-packages")]])
    os.chdir(setup["workdir"])

    from .execute import Deadline, call_user
    from .process_guards import MAX_RECURSION_LIMIT, install_guards
    from .render import candidate_traceback, exception_summary
    from .sandbox import Snapshot, load_module
    from .wire import decode, encode

    install_guards()
    deadline = Deadline(True)
    module_name, filename = setup["module"], f"{setup['module']}.py"
    cap = setup["outputChars"]
    keep = tuple(setup["keep"])

    def reply(obj):
        replies.write(json.dumps(obj, allow_nan=False) + "\n")
        replies.flush()

    def outcome_fields(outcome):
        fields = {"seconds": outcome.seconds, "interrupted": outcome.interrupted,
                  "stdout": outcome.stdout, "stderr": outcome.stderr, "truncated": outcome.truncated}
        if outcome.exc is not None:
            exc = outcome.exc
            fields["error"] = {
                "type": type(exc).__name__,
                "summary": exception_summary(exc),
                "exitCode": None if not isinstance(exc, SystemExit) else repr(exc.code),
                "traceback": candidate_traceback(exc, filename),
            }
        return fields

    baseline = Snapshot(keep)
    fn = None
    recursion_limit = None
    for line in requests:
        request = json.loads(line)
        if request["type"] == "load":
            outcome = call_user(lambda: load_module(module_name, request["code"], filename), (), {},
                                request["limit"], deadline, cap, None)
            recursion_limit = min(outcome.recursion_limit, MAX_RECURSION_LIMIT)
            baseline.restore()
            fields = outcome_fields(outcome)
            if outcome.exc is None:
                fn = outcome.value.__dict__.get(setup["entry"])
                sys.modules[module_name] = outcome.value
                fields["defined"] = fn is not None
            reply(fields)
            baseline = Snapshot(keep)
        elif request["type"] == "call":
            if "pickled" in request:  # from the grader, never the other way
                import base64
                import pickle

                args, kwargs = pickle.loads(base64.b64decode(request["pickled"]))
            else:
                args, kwargs = decode(request["args"]), decode(request["kwargs"])
            # the grader times the call between these two marks, not the sending of large values
            reply({"phase": "started"})
            outcome = call_user(fn, args, kwargs, request["limit"], deadline, cap, None, recursion_limit)
            reply({"phase": "returned"})
            baseline.restore()
            fields = outcome_fields(outcome)
            if outcome.exc is None:
                try:
                    from .launder import plain

                    fields["value"] = encode(plain(outcome.value))
                except Exception as e:  # a value that cannot be trusted or sent is the candidate's failure
                    fields["unsendable"] = str(e) or type(e).__name__
            reply(fields)


if __name__ == "__main__":
    main()
