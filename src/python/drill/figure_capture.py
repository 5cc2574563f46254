"""Visualisation drills: turn a matplotlib Figure into a description graders can trust.

prepare() runs before any candidate code of a run: the Agg backend, and the classes and functions
matplotlib itself defines (the only ones a described figure may hold). settle(fig) runs inside the
candidate's timed call, right after the entry returned: tick labels made by the candidate's own
functions are computed there once and fixed. describe(fig) runs after the snapshot restore:
matplotlib's classes are themselves again, the figure's callbacks are dropped, and a figure that
holds a class from outside matplotlib (an artist, transform, path effect, scale, norm) or an agg
filter is refused, so reading (and later drawing) it runs matplotlib's code only.

The description's format is documented in challenges/visualisation/README.md. Nothing here keeps
state between runs: the trusted sets live on the Context a run makes.
"""

import math
import os
import sys

from .errors import LaunderError

# classes of matplotlib that run a function they were given, at draw time
_RUNS_FUNCTIONS = ("FuncFormatter", "FuncScale", "FuncScaleLog", "FuncTransform", "FuncNorm",
                   "FuncAnimation")
# imported by the Context besides pyplot (which imports most of matplotlib)
_MODULES = ("matplotlib.backends.backend_agg", "matplotlib.category", "matplotlib.colorbar",
            "matplotlib.dates", "matplotlib.patheffects", "matplotlib.units", "matplotlib.table")
# modules whose classes a figure may hold (pandas draws with its own date tickers and converters)
_TRUSTED_PREFIXES = ("matplotlib.", "mpl_toolkits.", "pandas.plotting.")
_MAX_POINTS = 200_000  # numbers read from one figure, at most


class Context:
    """What a run trusts: matplotlib's own classes and module-level functions, recorded before the
    candidate's code runs, and its rcParams then (to draw the expected figure as it was)."""

    def __init__(self, packages=()):
        os.environ["MPLBACKEND"] = "Agg"
        import matplotlib

        matplotlib.use("Agg", force=True)
        import matplotlib.pyplot as plt

        for name in _MODULES:  # every class a figure may hold is known before candidate code runs
            __import__(name)
        if "pandas" in packages:  # Series.plot and DataFrame.plot: pandas' own tickers
            __import__("pandas.plotting._matplotlib")
        from matplotlib.figure import Figure

        self.plt = plt
        self.figure_type = Figure
        classes, functions = set(), set()
        for name, mod in list(sys.modules.items()):
            if not (name == "matplotlib" or name.startswith(_TRUSTED_PREFIXES)):
                continue
            for value in list(getattr(mod, "__dict__", {}).values()):
                if isinstance(value, type) and value.__name__ not in _RUNS_FUNCTIONS:
                    classes.add(value)
                elif type(value).__name__ == "function":
                    functions.add(value)
        self.classes = frozenset(classes)
        self.functions = frozenset(functions)
        self.rc = dict(matplotlib.rcParams)

    def close_all(self):
        self.plt.close("all")


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
    _defuse(fig, where, context)
    budget = [_MAX_POINTS]
    try:
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


# ---- checking and defusing ------------------------------------------------------------------

def _defuse(fig, where, context):
    """Refuse what would run code that is not matplotlib's; drop callbacks (interactive hooks)."""
    from matplotlib.cbook import CallbackRegistry

    classes = context.classes
    if type(fig.canvas) not in classes:
        raise LaunderError(f"{where} has a canvas of type {type(fig.canvas).__name__} from outside "
                           "matplotlib")
    fig._canvas_callbacks = CallbackRegistry(signals=fig._canvas_callbacks._signals)
    fig.callbacks = CallbackRegistry(signals=["dpi_changed"])
    seen = set()
    stack = [fig]
    while stack:
        artist = stack.pop()
        if id(artist) in seen:
            continue
        seen.add(id(artist))
        if type(artist) not in classes:
            raise LaunderError(f"{where} holds a {type(artist).__name__}, which is not one of "
                               "matplotlib's own artists: draw with matplotlib's functions")
        _check_artist(artist, where, context)
        artist._callbacks = CallbackRegistry(signals=["pchanged"])
        if artist.stale_callback is not None and artist.stale_callback not in context.functions:
            artist.stale_callback = None
        stack.extend(_children(artist))


def _is_axis(artist):
    return hasattr(artist, "major") and hasattr(artist, "get_majorticklocs")


def _children(artist):
    """An artist's children; for an Axis only the ticks it has (get_children would make more:
    most of the time a description takes)."""
    if not _is_axis(artist):
        return artist.get_children()
    own = artist.__dict__
    extra = [artist.__dict__.get("label"), artist.__dict__.get("offsetText")]
    return [a for a in extra if a is not None] + [*own.get("majorTicks", ()),
                                                  *own.get("minorTicks", ())]


def _check_artist(artist, where, context):
    classes = context.classes
    name = type(artist).__name__
    if getattr(artist, "_agg_filter", None) is not None:
        raise LaunderError(f"{where}: a {name} has an agg filter, which cannot be checked")
    for effect in getattr(artist, "_path_effects", None) or ():
        if type(effect) not in classes:
            raise LaunderError(f"{where}: a {name} has a path effect from outside matplotlib")
    _check_transform(artist._transform, where, name, classes)
    colorizer = artist.__dict__.get("_colorizer")  # images, scatters, meshes: norm and colormap
    for holder in (artist, colorizer):
        if holder is None:
            continue
        if type(holder) not in classes:
            raise LaunderError(f"{where}: a {name} maps colours with a class from outside matplotlib")
        for attr in ("_norm", "norm", "_cmap", "cmap"):
            value = holder.__dict__.get(attr)
            if value is not None and type(value) not in classes:
                raise LaunderError(f"{where}: a {name} uses a {attr.strip('_')} from outside "
                                   "matplotlib")
    if hasattr(artist, "callbacks") and type(getattr(artist, "callbacks")).__name__ == "CallbackRegistry":
        from matplotlib.cbook import CallbackRegistry

        artist.callbacks = CallbackRegistry(signals=artist.callbacks._signals)
    for attr in ("xycoords", "_textcoords"):
        value = artist.__dict__.get(attr)
        if callable(value) and type(value) not in classes:
            raise LaunderError(f"{where}: an annotation places itself with a function, which "
                               "cannot be checked")
    if _is_axis(artist):
        for ticker in (artist.major.locator, artist.major.formatter,
                       artist.minor.locator, artist.minor.formatter, artist._scale):
            if ticker is not None and type(ticker) not in classes:
                raise LaunderError(f"{where}: an axis uses a {type(ticker).__name__}, which runs "
                                   "code from outside matplotlib")
        converter = artist.__dict__.get("_converter")
        if converter is not None and type(converter) not in classes:
            raise LaunderError(f"{where}: an axis converts units with a class from outside "
                               "matplotlib")


def _check_transform(transform, where, name, classes, depth=0):
    from matplotlib.transforms import TransformNode

    if transform is None or depth > 50:
        return
    if type(transform) not in classes:
        raise LaunderError(f"{where}: a {name} uses a transform from outside matplotlib")
    for value in transform.__dict__.values():
        if isinstance(value, TransformNode):
            _check_transform(value, where, name, classes, depth + 1)


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
