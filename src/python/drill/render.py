"""Readable text for values and tracebacks, trimmed to what a candidate needs."""

import reprlib
import traceback

_repr = reprlib.Repr()
_repr.maxlist = _repr.maxtuple = _repr.maxset = _repr.maxfrozenset = _repr.maxdict = 20
_repr.maxstring = 120
_repr.maxother = 400
_repr.maxlevel = 6


def short_repr(value, limit=300):
    """repr() cut to `limit` characters; NumPy and pandas values use their own printing."""
    try:
        mod = type(value).__module__ or ""
        if mod.startswith(("numpy", "pandas")):
            text = repr(value)
        else:
            text = _repr.repr(value)
    except Exception as e:  # a value whose __repr__ fails still gets a description
        text = f"<{type(value).__name__} whose repr raised {type(e).__name__}>"
    if len(text) > limit:
        text = text[: limit - 15] + f"... ({len(text)} chars)"
    return text


def long_repr(value, limit=4000):
    return short_repr(value, limit)


def call_repr(entry, args, kwargs, limit=1200):
    parts = [short_repr(a, 600) for a in args] + [f"{k}={short_repr(v, 600)}" for k, v in kwargs.items()]
    text = f"{entry}({', '.join(parts)})"
    return text if len(text) <= limit else text[: limit - 15] + f"... ({len(text)} chars)"


def candidate_traceback(exc, filename):
    """The traceback of exc, keeping only the frames in the candidate's file.

    Returns {"text": ..., "frames": [{"line": n, "function": name}], "line": last line or None}.
    """
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == filename]
    lines = []
    if frames:
        lines.append("Traceback (most recent call last):")
        repeats = 0
        for i, f in enumerate(frames):
            same = i > 0 and (f.lineno, f.name) == (frames[i - 1].lineno, frames[i - 1].name)
            repeats = repeats + 1 if same else 0
            if repeats >= 3:  # as CPython does for runaway recursion
                if i + 1 == len(frames) or (frames[i + 1].lineno, frames[i + 1].name) != (f.lineno, f.name):
                    lines.append(f"  [Previous line repeated {repeats - 2} more times]")
                continue
            lines.append(f'  File "{filename}", line {f.lineno}, in {f.name}')
            if f.line:
                lines.append(f"    {f.line.strip()}")
    if isinstance(exc, SyntaxError) and exc.filename == filename:
        lines.append(f'  File "{filename}", line {exc.lineno}')
        if exc.text:
            lines.append(f"    {exc.text.rstrip()}")
            if exc.offset:
                lines.append("    " + " " * (exc.offset - 1 - (len(exc.text) - len(exc.text.lstrip()))) + "^")
    try:
        summary = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    except Exception:
        summary = type(exc).__name__
    lines.append(summary[:2000])
    line = frames[-1].lineno if frames else (
        exc.lineno if isinstance(exc, SyntaxError) and exc.filename == filename else None)
    return {
        "text": "\n".join(lines),
        "frames": [{"line": f.lineno, "function": f.name} for f in frames],
        "line": line,
    }


def exception_summary(exc):
    try:
        text = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    except Exception:
        text = type(exc).__name__
    return text[:2000]

