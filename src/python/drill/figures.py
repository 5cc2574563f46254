"""Helpers for the tests of visualisation drills: `from drill.figures import ...` in a tests.py.

A drill's entry returns a matplotlib Figure; the grader hands tests its description (plain
values, see challenges/visualisation/README.md), never the live Figure. These helpers read such
descriptions and raise AssertionError with a readable message when a part is missing.

- figure_problem(actual, expected, parts, colors, rel_tol, abs_tol): None, or where they differ
  (the `figure` comparator).
- axes(fig, index): one Axes; bar_heights, bar_edges, bar_colors, line_data, scatter_points,
  tick_labels, texts: its parts as lists.
- to_hex(color): any matplotlib colour as the description writes it.

Nothing here imports matplotlib except to_hex.
"""

import math

PARTS = ("suptitle", "size", "title", "xlabel", "ylabel", "xlim", "ylim", "xscale", "yscale", "xticks",
         "yticks", "xticklabels", "yticklabels", "bars", "lines", "collections", "images",
         "texts", "legend")
DEFAULT_PARTS = ("suptitle", "size", "title", "xlabel", "ylabel", "bars", "lines", "collections",
                 "images", "texts", "legend")
_COLOR_KEYS = frozenset({"facecolor", "edgecolor", "color", "facecolors", "cmap"})
# not compared by figure_problem: check them in a `check` where the statement fixes them (the
# legend part compares the labels a reader sees)
_STYLE_KEYS = frozenset({"linestyle", "linewidth", "marker", "sizes", "vmin", "vmax", "label"})
_NOUNS = {"bars": "bars", "lines": "lines", "collections": "collections", "images": "images",
          "texts": "texts", "legend": "labels", "xticks": "ticks", "yticks": "ticks",
          "xticklabels": "tick labels", "yticklabels": "tick labels"}


def axes(fig, index=0):
    """The description of fig's Axes number `index` (0 is the first one drawn)."""
    found = fig.get("axes", []) if isinstance(fig, dict) else []
    if not -len(found) <= index < len(found):
        raise AssertionError(f"the figure has {len(found)} Axes, so there is no Axes {index}")
    return found[index]


def bar_heights(ax):
    """The bars' heights, in drawing order."""
    return [b["height"] for b in ax["bars"]]


def bar_edges(ax):
    """A histogram's bin edges: every bar's left edge, then the last bar's right edge."""
    bars = ax["bars"]
    if not bars:
        raise AssertionError("there are no bars")
    return [b["x"] for b in bars] + [bars[-1]["x"] + bars[-1]["width"]]


def bar_colors(ax):
    """The bars' face colours, as "#rrggbb" (or "#rrggbbaa")."""
    return [b["facecolor"] for b in ax["bars"]]


def line_data(ax, index=0):
    """(x, y) of the line number `index`, as lists."""
    lines = ax["lines"]
    if not -len(lines) <= index < len(lines):
        raise AssertionError(f"there {_count(len(lines), 'line')}, so there is no line {index}")
    return lines[index]["x"], lines[index]["y"]


def scatter_points(ax, index=0):
    """The [x, y] points of the scatter (PathCollection) number `index`."""
    scatters = [c for c in ax["collections"] if c["kind"] == "PathCollection"]
    if not -len(scatters) <= index < len(scatters):
        raise AssertionError(f"there {_count(len(scatters), 'scatter plot')}, so there is no "
                             f"scatter {index}")
    return scatters[index]["offsets"]


def tick_labels(ax, axis="x"):
    """The labels of the major ticks in view on the x (or y) axis."""
    return ax[f"{axis}ticklabels"]


def texts(ax):
    """The strings of ax.text and ax.annotate, in order."""
    return [t["text"] for t in ax["texts"]]


def to_hex(color):
    """A matplotlib colour ("tab:blue", "C1", (1, 0, 0), "#FF000080") as "#rrggbb[aa]", or "none"
    when fully transparent."""
    from matplotlib.colors import to_hex as _to_hex, to_rgba

    rgba = to_rgba(color)
    return "none" if rgba[3] == 0 else _to_hex(rgba, keep_alpha=rgba[3] < 1)


def figure_problem(actual, expected, parts=None, colors=False, rel_tol=1e-9, abs_tol=1e-9):
    """None when the two descriptions agree on `parts` (and colours if asked), else a message
    naming the first difference: "axes 0 bars: 9 bars, expected 10"."""
    chosen = DEFAULT_PARTS if parts is None else tuple(parts)
    unknown = [p for p in chosen if p not in PARTS]
    if unknown:
        raise ValueError(f"unknown figure part {unknown[0]!r} (parts: {', '.join(PARTS)})")
    for name, d in (("result", actual), ("expected", expected)):
        if not (isinstance(d, dict) and isinstance(d.get("axes"), list)):
            return f"{name}: expected a matplotlib Figure, got {_kind(d)}"
    tol = (rel_tol, abs_tol)
    for part in ("suptitle", "size"):
        if part in chosen:
            problem = _differ(expected.get(part), actual.get(part), f"figure {part}", tol, colors)
            if problem:
                return problem
    got, want = actual["axes"], expected["axes"]
    if len(got) != len(want):
        return f"figure: {len(got)} Axes, expected {len(want)}"
    for i, (a, e) in enumerate(zip(got, want)):
        for part in chosen:
            if part in ("suptitle", "size"):
                continue
            problem = _differ(e.get(part), a.get(part), f"axes {i} {part}", tol, colors)
            if problem:
                return problem
    return None


def make_comparator(parts, colors, rel_tol, abs_tol):
    """The `figure` comparator: {"name": "figure", "parts": [...], "colors": false, ...}."""
    if parts is not None:
        if not isinstance(parts, (list, tuple)) or not parts:
            raise ValueError("parts must be a non-empty list of figure parts")
        unknown = [p for p in parts if p not in PARTS]
        if unknown:
            raise ValueError(f"unknown figure part {unknown[0]!r} (parts: {', '.join(PARTS)})")

    def compare(expected, actual):
        return figure_problem(actual, expected, parts, colors, rel_tol, abs_tol)
    return compare


def _count(n, noun):
    return f"is 1 {noun}" if n == 1 else f"are {n} {noun}s"


def _kind(value):
    return "None" if value is None else type(value).__name__


def _differ(e, a, where, tol, colors):
    """The first difference between two description parts, or None."""
    if isinstance(e, dict) and isinstance(a, dict):
        for key in e:
            if key in _COLOR_KEYS and not colors or key in _STYLE_KEYS:
                continue
            problem = _differ(e[key], a.get(key), f"{where} {key}" if where.endswith("]")
                              else f"{where}.{key}", tol, colors)
            if problem:
                return problem
        return None
    if isinstance(e, list) and isinstance(a, list):
        if len(e) != len(a):
            noun = _NOUNS.get(where.rsplit(" ", 1)[-1], "values")
            return f"{where}: {len(a)} {noun}, expected {len(e)}{_lengths_hint(e, a)}"
        for i, (x, y) in enumerate(zip(e, a)):
            problem = _differ(x, y, f"{where}[{i}]", tol, colors)
            if problem:
                return problem
        return None
    if _number(e) and _number(a):
        if _close(e, a, tol):
            return None
        return f"{where}: expected {e!r}, got {a!r}"
    if e != a or type(e) is not type(a):
        return f"{where}: expected {e!r}, got {a!r}"
    return None


def _lengths_hint(e, a):
    """For short lists of plain values, both lists: they say more than the count."""
    if len(e) <= 12 and len(a) <= 12 and all(not isinstance(v, (dict, list)) for v in e + a):
        return f" ({a!r} instead of {e!r})"
    return ""


def _number(x):
    return type(x) in (int, float)


def _close(e, a, tol):
    rel_tol, abs_tol = tol
    if math.isnan(e) or math.isnan(a):
        return math.isnan(e) and math.isnan(a)
    return math.isclose(e, a, rel_tol=rel_tol, abs_tol=abs_tol)
