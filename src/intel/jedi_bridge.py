"""Completions, signatures and hover docs from Jedi, as plain dicts for the editor (JSON out)."""

import json

import jedi
from jedi.api.environment import InterpreterEnvironment

# No subprocess in Pyodide: Jedi inspects compiled modules (math, numpy) in this interpreter.
_ENV = InterpreterEnvironment()
_MAX_COMPLETIONS = 200
_MAX_DOC = 4000


def _script(code):
    return jedi.Script(code, path="solution.py", environment=_ENV)


def _detail(c):
    try:
        if c.type in ("function", "class"):
            sigs = c.get_signatures()
            if sigs:
                return ("def " if c.type == "function" else "class ") + sigs[0].to_string()
        return c.description
    except Exception:
        return c.type


def complete(code, line, column):
    out = []
    for i, c in enumerate(_script(code).complete(line, column)[:_MAX_COMPLETIONS]):
        # signatures cost a lookup each: only the first 30 (DESCRIBED in python-providers.ts)
        out.append({"name": c.name, "kind": c.type, "detail": _detail(c) if i < 30 else c.type})
    return json.dumps(out)


def signatures(code, line, column):
    out = []
    for s in _script(code).get_signatures(line, column):
        out.append({
            "label": s.to_string(),
            "params": [p.to_string() for p in s.params],
            "active": s.index,
            "doc": s.docstring(raw=True)[:_MAX_DOC],
        })
    return json.dumps(out)


def hover(code, line, column):
    script = _script(code)
    names = script.help(line, column) or script.infer(line, column)
    for n in names:
        if n.type == "keyword":
            text = n.docstring()
            return json.dumps({"code": n.name, "doc": text[:_MAX_DOC]})
        sigs = n.get_signatures() if n.type in ("function", "class") else []
        if sigs:
            head = ("def " if n.type == "function" else "class ") + sigs[0].to_string()
        else:
            head = n.description
        return json.dumps({"code": head, "doc": n.docstring(raw=True)[:_MAX_DOC]})
    return "null"


def warm_up():
    complete("import math\nmath.", 2, 5)
    return jedi.__version__
