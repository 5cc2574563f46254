"""Visualisation drills: what a run trusts (the Context, made before any candidate code: the Agg
backend, matplotlib's own classes and functions, its rcParams), and making sure a figure holds
nothing but matplotlib's own code before it is read or drawn (see figure_capture). Every object reached from the figure (artists, axes' tickers
and scales, transforms, norms and colormaps, the canvas) must be of a class matplotlib (or pandas'
plotting) defines, and hold no function that is not theirs; callbacks, which are interactive
hooks, are dropped.
"""

import functools
import os
import sys
import types

from .errors import LaunderError

# classes of matplotlib that run a function they were given, at draw time
_RUNS_FUNCTIONS = ("FuncFormatter", "FuncScale", "FuncScaleLog", "FuncTransform", "FuncNorm",
                   "FuncAnimation")
# imported by the Context besides pyplot (which imports most of matplotlib)
_MODULES = ("matplotlib.backends.backend_agg", "matplotlib.category", "matplotlib.colorbar",
            "matplotlib.dates", "matplotlib.patheffects", "matplotlib.units", "matplotlib.table")
# modules whose classes a figure may hold (pandas draws with its own date tickers and converters)
_TRUSTED_PREFIXES = ("matplotlib.", "mpl_toolkits.", "pandas.plotting.")


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
                elif type(value).__module__ == "functools" and hasattr(value, "__wrapped__"):
                    functions.add(value.__wrapped__)  # a function decorated with functools.cache
        todo = list(classes)
        while todo:  # nested classes: BoxStyle.Round, ArrowStyle.Fancy...
            for value in list(vars(todo.pop()).values()):
                if isinstance(value, type) and value not in classes and \
                        value.__name__ not in _RUNS_FUNCTIONS and \
                        str(value.__module__).startswith(("matplotlib", "mpl_toolkits", "pandas.plotting")):
                    classes.add(value)
                    todo.append(value)
        self.classes = frozenset(classes)
        self.functions = frozenset(functions)
        self.rc = dict(matplotlib.rcParams)
        self._codes = None
        self.seen_transforms = set()

    def codes(self):
        """The code objects of matplotlib's functions and methods, nested ones included. Read
        when first needed: class namespaces are restored by then, so they are matplotlib's own."""
        if self._codes is None:
            codes, todo = set(), []
            for fn in self.functions:
                todo.append(getattr(fn, "__code__", None))
            for cls in self.classes:
                for value in list(vars(cls).values()):
                    for part in (value, getattr(value, "__func__", None), getattr(value, "fget", None),
                                 getattr(value, "fset", None)):
                        todo.append(getattr(part, "__code__", None))
            while todo:
                code = todo.pop()
                if isinstance(code, types.CodeType) and code not in codes:
                    codes.add(code)
                    todo.extend(c for c in code.co_consts if isinstance(c, types.CodeType))
            self._codes = frozenset(codes)
        return self._codes

    def close_all(self):
        self.plt.close("all")


def defuse(fig, where, context):
    """Refuse what would run code that is not matplotlib's; drop callbacks (interactive hooks)."""
    from matplotlib.cbook import CallbackRegistry

    classes = context.classes
    _own(fig, where, context)
    if type(fig.canvas) not in classes:
        raise LaunderError(f"{where} has a canvas of type {type(fig.canvas).__name__} from outside "
                           "matplotlib")
    _own(fig.canvas, where, context)
    context.seen_transforms = set()  # shared by every artist of this figure (they share most)
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
        _own(artist, where, context)
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


def _own(obj, where, context):
    """Refuse an object whose own attributes hold code that is not matplotlib's: a function or
    callable from the candidate (`ax.title.get_text = lambda: "Ages"`), which matplotlib would run
    while reading or drawing the figure."""
    for key, value in list(getattr(obj, "__dict__", {}).items()):
        if not _trusted_callable(value, context):
            raise LaunderError(f"{where}: a {type(obj).__name__} holds code from outside matplotlib "
                               f"({key}), so the figure cannot be checked")


_SAFE_CALLABLE_MODULES = frozenset({"builtins", "weakref", "_weakref", "numpy"})


def _trusted_callable(value, context, depth=0):
    """True for anything that is not callable, and for callables whose code is matplotlib's
    (or a builtin: a bound list.remove, a weak reference, a NumPy ufunc)."""
    if isinstance(value, types.MethodType):
        value = value.__func__
    if isinstance(value, types.FunctionType):
        return value.__code__ in context.codes()
    if isinstance(value, functools.partial):
        return depth < 5 and _trusted_callable(value.func, context, depth + 1)
    if type(value).__module__ == "functools" and hasattr(value, "__wrapped__"):  # functools.cache
        return depth < 5 and _trusted_callable(value.__wrapped__, context, depth + 1)
    if not callable(value):
        return True
    if isinstance(value, type):
        return value in context.classes or value.__module__ in _SAFE_CALLABLE_MODULES
    t = type(value)
    return t in context.classes or t.__module__ in _SAFE_CALLABLE_MODULES


def _check_artist(artist, where, context):
    classes = context.classes
    name = type(artist).__name__
    if getattr(artist, "_agg_filter", None) is not None:
        raise LaunderError(f"{where}: a {name} has an agg filter, which cannot be checked")
    for effect in getattr(artist, "_path_effects", None) or ():
        if type(effect) not in classes:
            raise LaunderError(f"{where}: a {name} has a path effect from outside matplotlib")
    _check_transform(artist._transform, where, name, context, context.seen_transforms)
    colorizer = artist.__dict__.get("_colorizer")  # images, scatters, meshes: norm and colormap
    for holder in (artist, colorizer):
        if holder is None:
            continue
        if type(holder) not in classes:
            raise LaunderError(f"{where}: a {name} maps colours with a class from outside matplotlib")
        _own(holder, where, context)
        for attr in ("_norm", "norm", "_cmap", "cmap"):
            value = holder.__dict__.get(attr)
            if value is not None and type(value) not in classes:
                raise LaunderError(f"{where}: a {name} uses a {attr.strip('_')} from outside "
                                   "matplotlib")
            if value is not None:
                _own(value, where, context)
    if hasattr(artist, "callbacks") and type(getattr(artist, "callbacks")).__name__ == "CallbackRegistry":
        from matplotlib.cbook import CallbackRegistry

        artist.callbacks = CallbackRegistry(signals=artist.callbacks._signals)
    for attr in ("xycoords", "_textcoords"):
        value = artist.__dict__.get(attr)
        if callable(value) and type(value) not in classes:
            raise LaunderError(f"{where}: an annotation places itself with a function, which "
                               "cannot be checked")
    if _is_axis(artist):
        for ticker in (artist.major, artist.minor, artist.major.locator, artist.major.formatter,
                       artist.minor.locator, artist.minor.formatter, artist._scale):
            if ticker is not None and type(ticker) not in classes:
                raise LaunderError(f"{where}: an axis uses a {type(ticker).__name__}, which runs "
                                   "code from outside matplotlib")
            if ticker is not None:
                _own(ticker, where, context)
        converter = artist.__dict__.get("_converter")
        if converter is not None and type(converter) not in classes:
            raise LaunderError(f"{where}: an axis converts units with a class from outside "
                               "matplotlib")


def _check_transform(transform, where, name, context, seen, depth=0):
    from matplotlib.transforms import TransformNode

    if transform is None or depth > 50 or id(transform) in seen:
        return
    seen.add(id(transform))
    if type(transform) not in context.classes:
        raise LaunderError(f"{where}: a {name} uses a transform from outside matplotlib")
    _own(transform, where, context)
    for value in list(transform.__dict__.values()):
        if isinstance(value, TransformNode):
            _check_transform(value, where, name, context, seen, depth + 1)
