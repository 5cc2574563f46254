"""Visualisation drills: turn a matplotlib Figure into a description graders can trust.

A Context (figure_trust) is made before any candidate code of a run: the Agg backend, and the
classes and functions matplotlib itself defines (the only ones a described figure may hold). settle(fig) runs inside the
candidate's timed call, right after the entry returned: tick labels made by the candidate's own
functions are computed there once and fixed. describe(fig) runs after the snapshot restore:
matplotlib's classes are themselves again, the figure's callbacks are dropped, and a figure that
holds a class from outside matplotlib (an artist, transform, path effect, scale, norm), an agg
filter, a function that is not matplotlib's, or a method replaced on one of its objects
(`ax.title.get_text = lambda: "Ages"`) is refused, so reading (and later drawing) it runs
matplotlib's code only.

The description's format is documented in challenges/visualisation/README.md. Nothing here keeps
state between runs: the trusted sets live on the Context a run makes.
"""

import math
import sys

from .errors import LaunderError
from .figure_trust import defuse

_MAX_POINTS = 200_000  # numbers read from one figure, at most


def is_figure(value, context):
    return context is not None and type(value) is context.figure_type


def settle(value, context):
    """In the candidate's timed call: fix the tick labels that come from the candidate's own
    functions (a FuncFormatter, a lambda), so reading them later runs matplotlib's code only."""
    if not is_figure(value, context):
        return value
    from matplotlib.ticker import FixedFormatter, FixedLocator

    for ax in value.axes:
        for axis in (ax.xaxis, ax.yaxis):
            major = axis.major
            if type(major.locator) in context.classes and type(major.formatter) in context.classes:
                continue
            locs = list(axis.get_majorticklocs())
            labels = [str(s) for s in major.formatter.format_ticks(locs)]
            axis.set_major_locator(FixedLocator(locs))
            axis.set_major_formatter(FixedFormatter(labels))
    return value


def describe(fig, where, context):
    """The plain description of fig (see the README), or LaunderError saying what cannot be read."""
    budget = [_MAX_POINTS]
    try:
        defuse(fig, where, context)
        return {
            "suptitle": _text(fig._suptitle),
            "size": _floats(fig.get_size_inches(), where, budget),
            "axes": [_axes(ax, f"{where} axes {i}", budget) for i, ax in enumerate(fig.axes)],
        }
    except LaunderError:
        raise
    except Exception as e:  # matplotlib could not read it: say so rather than crash the grader
        raise LaunderError(f"{where}: the figure could not be read ({type(e).__name__}: {e})") from None


def refuse_other(value, where, context):
    """A LaunderError for a matplotlib object that is not a Figure (an Axes, say), else None."""
    t = type(value)
    if context is None or t not in context.classes:
        return None
    if hasattr(value, "get_figure") and hasattr(value, "xaxis"):
        return LaunderError(f"{where} is a matplotlib Axes: return the Figure (fig, or ax.figure)")
    return LaunderError(f"{where} is a matplotlib {t.__name__}: return the Figure it is drawn in")


# ---- reading --------------------------------------------------------------------------------

def _axes(ax, where, budget):
    return {
        "title": _text(ax.title),
        "xlabel": _text(ax.xaxis.label),
        "ylabel": _text(ax.yaxis.label),
        "xlim": _floats(ax.get_xlim(), where, budget),
        "ylim": _floats(ax.get_ylim(), where, budget),
        "xscale": str(ax.xaxis.get_scale()),
        "yscale": str(ax.yaxis.get_scale()),
        **_ticks(ax.xaxis, "x", where, budget),
        **_ticks(ax.yaxis, "y", where, budget),
        "bars": [_bar(p, where, budget) for p in ax.patches if type(p).__name__ == "Rectangle"],
        "lines": [_line(ln, where, budget) for ln in ax.lines],
        "collections": [_collection(c, where, budget) for c in ax.collections],
        "images": [_image(im, where, budget) for im in ax.images],
        "texts": [{"text": _text(t), "x": _float(t.get_position()[0], where),
                   "y": _float(t.get_position()[1], where)} for t in ax.texts],
        "legend": _legend(ax),
        "colorbar": ax.__dict__.get("_colorbar") is not None,
    }


def _ticks(axis, letter, where, budget):
    """The major ticks in view and their labels, as Axis._update_ticks finds them (without
    making Tick artists, which is most of the time a figure's description takes)."""
    locs = list(axis.get_majorticklocs())
    labels = axis.major.formatter.format_ticks(locs)
    low, high = sorted(float(v) for v in axis.get_view_interval())
    transform = axis.get_transform()
    a, b = sorted(float(v) for v in transform.transform([low, high]))
    slack = (b - a) * 1e-10
    shown = [i for i, loc in enumerate(locs)
             if a - slack <= float(transform.transform([loc])[0]) <= b + slack]
    return {f"{letter}ticks": _floats([locs[i] for i in shown], where, budget),
            f"{letter}ticklabels": [_string(labels[i]) for i in shown]}


def _bar(p, where, budget):
    _spend(budget, 4, where)
    return {"x": _float(p.get_x(), where), "y": _float(p.get_y(), where),
            "width": _float(p.get_width(), where), "height": _float(p.get_height(), where),
            "facecolor": _hex(p.get_facecolor()), "edgecolor": _hex(p.get_edgecolor())}


def _line(line, where, budget):
    return {"x": _floats(line.get_xdata(orig=False), where, budget),
            "y": _floats(line.get_ydata(orig=False), where, budget),
            "color": _hex(line.get_color()), "linestyle": str(line.get_linestyle()),
            "linewidth": _float(line.get_linewidth(), where), "marker": str(line.get_marker()),
            "label": _label(line)}


def _collection(c, where, budget):
    import numpy as np

    offsets = np.ma.filled(np.ma.asarray(c.get_offsets(), dtype=float), np.nan)
    array = c.get_array()
    return {"kind": type(c).__name__,
            "offsets": [_floats(row, where, budget) for row in offsets.reshape(-1, 2)],
            "facecolors": [_hex(rgba) for rgba in np.asarray(c.get_facecolor(), dtype=float)],
            "sizes": _floats(c.get_sizes(), where, budget) if hasattr(c, "get_sizes") else [],
            "array": None if array is None else _grid(array, where, budget),
            "label": _label(c)}


def _image(im, where, budget):
    vmin, vmax = im.get_clim()
    return {"data": _grid(im.get_array(), where, budget), "cmap": str(im.get_cmap().name),
            "vmin": None if vmin is None else _float(vmin, where),
            "vmax": None if vmax is None else _float(vmax, where)}


def _legend(ax):
    legend = ax.get_legend()
    return None if legend is None else [_text(t) for t in legend.get_texts()]


def _label(artist):
    label = artist.get_label()
    return "" if label is None or str(label).startswith("_") else str(label)


def _string(value):
    return str.__str__(value) if isinstance(value, str) else str.__str__(str(value))


def _text(text_artist):
    if text_artist is None:
        return ""
    value = text_artist.get_text()
    return value if type(value) is str else str.__str__(str(value))


def _hex(color):
    """A colour as "#rrggbb[aa]"; only strings and plain number sequences are read (matplotlib
    keeps whatever object the candidate passed, and converting another kind would run its code)."""
    from matplotlib.colors import to_hex, to_rgba

    t = type(color)
    if t is not str:
        np = sys.modules.get("numpy")
        if t in (tuple, list) or (np is not None and t is np.ndarray):
            color = tuple(_float(v, "a colour") for v in list(color))
        else:
            raise LaunderError(f"a colour given as a {t.__name__} cannot be checked: use a name, "
                               "a hex string or an RGB(A) tuple")
    rgba = to_rgba(color)
    return "none" if rgba[3] == 0 else to_hex(rgba, keep_alpha=rgba[3] < 1)


def _spend(budget, n, where):
    budget[0] -= n
    if budget[0] < 0:
        raise LaunderError(f"{where}: the figure holds more than {_MAX_POINTS:,} numbers, too many "
                           "to check")


def _float(x, where):
    if type(x) in (int, float, bool):
        return float(x)
    np = sys.modules.get("numpy")
    if np is not None and isinstance(x, np.generic) and type(x).__module__ == "numpy":
        return float(x)
    raise LaunderError(f"{where}: a {type(x).__name__} where matplotlib keeps a number")


def _floats(values, where, budget):
    t = type(values)
    if t in (list, tuple):
        _spend(budget, len(values), where)
        return [_float(v, where) for v in values]
    np = sys.modules.get("numpy")
    if np is None or t not in (np.ndarray, np.ma.MaskedArray):
        raise LaunderError(f"{where}: a {t.__name__} where matplotlib keeps numbers")
    arr = np.ma.filled(np.ma.asarray(values, dtype=float), np.nan).ravel()
    _spend(budget, arr.size, where)
    return [float(v) for v in arr.tolist()]


def _grid(values, where, budget):
    """An image's (or mesh's) values as nested lists; masked cells are None."""
    import numpy as np

    t = type(values)
    if t not in (np.ndarray, np.ma.MaskedArray):
        raise LaunderError(f"{where}: image data of type {t.__name__}")
    arr = np.ma.asarray(values)
    _spend(budget, arr.size, where)
    if arr.dtype.kind not in "biuf":
        raise LaunderError(f"{where}: image data of dtype {arr.dtype}")
    floats = np.ma.filled(arr.astype(float), np.nan)
    mask = np.ma.getmaskarray(arr)
    return _nest(floats.tolist(), mask.tolist())


def _nest(values, mask):
    if isinstance(values, list):
        return [_nest(v, m) for v, m in zip(values, mask)]
    return None if mask else (float(values) if not math.isnan(values) else math.nan)
