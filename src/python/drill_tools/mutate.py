"""Mutants of a reference solution, for `drill mutate`: one small AST change each.

An authoring tool, kept out of the `drill` harness package on purpose: the harness is shipped to
the browser and importable by candidate code, this is not needed there. The CLI runs it with
native CPython (any 3.9+): `python -m drill_tools.mutate < {"source": ...}` prints JSON.

Each mutant replaces one source segment (the changed node's exact span) so the mutant keeps the
author's comments and layout and its diff is one or two lines. Its id hashes the enclosing
function, the operator and the segment's text before and after (not line numbers), so a mark in
mutants.json survives edits elsewhere in the file.
"""

import ast
import difflib
import hashlib
import json
import sys

from .sites import find_sites

def _offsets(source):
    """Byte offset where each line starts (AST columns are UTF-8 byte offsets)."""
    starts = [0]
    for line in source.encode("utf-8").splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    return starts


def make_mutants(source):
    """Every mutant of source: dicts with id, operator, line, description, code, diff."""
    tree = ast.parse(source)
    starts = _offsets(source)
    raw = source.encode("utf-8")
    original_dump = ast.dump(tree)
    seen = set()
    counts = {}
    mutants = []
    for site in find_sites(source, tree):
        n = site.node
        start = starts[n.lineno - 1] + n.col_offset
        end = starts[n.end_lineno - 1] + n.end_col_offset
        code = _splice(raw, start, end, site.text)
        try:
            dump = ast.dump(ast.parse(code))
        except SyntaxError:
            dump = None
        if isinstance(n, ast.expr):
            # parentheses keep the new expression whole; drop them where they change nothing
            wrapped = _splice(raw, start, end, f"({site.text})")
            wrapped_dump = ast.dump(ast.parse(wrapped))
            if dump != wrapped_dump:
                code, dump = wrapped, wrapped_dump
        if dump is None:
            continue
        if dump == original_dump or dump in seen:
            continue
        seen.add(dump)
        before = raw[start:end].decode("utf-8")
        key = (site.function, site.operator, before, site.text)
        counts[key] = counts.get(key, 0) + 1
        digest = hashlib.sha256(repr((*key, counts[key])).encode("utf-8")).hexdigest()[:10]
        diff = "".join(difflib.unified_diff(source.splitlines(keepends=True),
                                            code.splitlines(keepends=True),
                                            "solution.py", "mutant.py", n=1))
        mutants.append({"id": digest, "operator": site.operator, "line": n.lineno,
                        "function": site.function, "description": site.description,
                        "code": code, "diff": diff})
    return mutants


def _splice(raw, start, end, text):
    return (raw[:start] + text.encode("utf-8") + raw[end:]).decode("utf-8")


def main():
    request = json.loads(sys.stdin.read())
    try:
        mutants = make_mutants(request["source"])
    except SyntaxError as e:
        print(json.dumps({"error": f"solution.py does not parse: {e}"}))
        return
    print(json.dumps({"mutants": mutants}))


if __name__ == "__main__":
    main()
