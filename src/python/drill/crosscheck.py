"""Check a reference solution against an independent implementation (scikit-learn) natively.

Run by `drill validate`: reads {"solution", "crosscheck", "entry", "file"} JSON on stdin, prints
{"ok": bool, "message": str} JSON. Authors' code only: never candidates'.
"""

import json
import sys
import traceback

from .sandbox import load_module


def main():
    job = json.load(sys.stdin)
    try:
        solution = load_module("_crosscheck_solution", job["solution"], "solution.py", register=False)
        check = load_module("_crosscheck", job["crosscheck"], job["file"], register=False)
        import numpy as np

        check.crosscheck(getattr(solution, job["entry"]), np.random.default_rng(0))
        result = {"ok": True, "message": "agrees"}
    except AssertionError as e:
        result = {"ok": False, "message": str(e) or "the reference disagrees"}
    except Exception as e:
        frames = traceback.format_exception(type(e), e, e.__traceback__)[-3:]
        result = {"ok": False, "message": f"crosscheck failed to run: {''.join(frames).strip()}"}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
