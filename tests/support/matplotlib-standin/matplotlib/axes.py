from .artist import Artist
from .axis import XAxis, YAxis
from .cbook import CallbackRegistry
from .colors import to_rgba
from .lines import Line2D
from .patches import Rectangle
from .text import Text


class Axes(Artist):
    def __init__(self, fig, position):
        super().__init__()
        self.figure = fig
        self._position = position  # (left, bottom, width, height) in figure fractions
        self.title = Text()
        self.xaxis, self.yaxis = XAxis(self), YAxis(self)
        self.patches, self.lines, self.collections, self.images, self.texts = [], [], [], [], []
        self.callbacks = CallbackRegistry(signals=["xlim_changed", "ylim_changed"])
        self._xlim = self._ylim = None
        self._cycle = 0

    # ---- labels ----
    def set_title(self, label):
        self.title.set_text(label)

    def get_title(self):
        return self.title.get_text()

    def set_xlabel(self, label):
        self.xaxis.label.set_text(label)

    def set_ylabel(self, label):
        self.yaxis.label.set_text(label)

    def get_xlabel(self):
        return self.xaxis.label.get_text()

    def get_ylabel(self):
        return self.yaxis.label.get_text()

    def get_legend(self):
        return None

    # ---- drawing ----
    def _next_color(self):
        color = f"C{self._cycle % 10}"
        self._cycle += 1
        return color

    def bar(self, x, height, width=0.8, bottom=0, align="center", color=None, edgecolor=None,
            label=None):
        xs = list(x) if hasattr(x, "__iter__") else [x]
        heights = list(height) if hasattr(height, "__iter__") else [height] * len(xs)
        widths = list(width) if hasattr(width, "__iter__") else [width] * len(xs)
        face = color if color is not None else self._next_color()
        bars = []
        for xi, hi, wi in zip(xs, heights, widths):
            left = xi if align == "edge" else xi - wi / 2
            rect = Rectangle((left, bottom), wi, hi, facecolor=face,
                             edgecolor="none" if edgecolor is None else edgecolor)
            self.patches.append(rect)
            bars.append(rect)
        return bars

    def hist(self, x, bins=10, density=False, color=None, edgecolor=None, **kwargs):
        values = [float(v) for v in x]
        if isinstance(bins, int):
            lo, hi = (min(values), max(values)) if values else (0.0, 1.0)
            bins = [lo + (hi - lo) * i / bins for i in range(bins + 1)]
        edges = [float(e) for e in bins]
        counts = [0] * (len(edges) - 1)
        for v in values:
            if edges[0] <= v <= edges[-1]:
                i = max(j for j in range(len(counts)) if edges[j] <= v)
                counts[i] += 1
        if density:
            total = sum(counts)
            counts = [c / (total * (b - a)) if total else float("nan")
                      for c, a, b in zip(counts, edges, edges[1:])]
        widths = [b - a for a, b in zip(edges, edges[1:])]
        return counts, edges, self.bar(edges[:-1], counts, width=widths, align="edge",
                                       color=color, edgecolor=edgecolor)

    def plot(self, x, y=None, color=None, linestyle="-", linewidth=1.5, marker="None", label=""):
        if y is None:
            x, y = list(range(len(x))), x
        line = Line2D(x, y, color=color or self._next_color(), linestyle=linestyle,
                      linewidth=linewidth, marker=marker, label=label)
        self.lines.append(line)
        return [line]

    def text(self, x, y, s):
        t = Text(x, y, s)
        self.texts.append(t)
        return t

    # ---- limits ----
    def _data_limits(self, which):
        lo, hi = [], []
        for p in self.patches:
            a, b = (p._x0, p._x0 + p._width) if which == "x" else (p._y0, p._y0 + p._height)
            lo.append(min(a, b))
            hi.append(max(a, b))
        for line in self.lines:
            data = line._x if which == "x" else line._y
            if data:
                lo.append(min(data))
                hi.append(max(data))
        if not lo:
            return (0.0, 1.0)
        low, high = min(lo), max(hi)
        if high == low:
            return (low - 0.5, high + 0.5)
        pad = (high - low) * 0.05
        sticky_zero = which == "y" and self.patches and low == 0
        return (low if sticky_zero else low - pad, high + pad)

    def get_xlim(self):
        return self._xlim or self._data_limits("x")

    def get_ylim(self):
        return self._ylim or self._data_limits("y")

    def set_xlim(self, left, right):
        self._xlim = (float(left), float(right))

    def set_ylim(self, bottom, top):
        self._ylim = (float(bottom), float(top))

    def get_children(self):
        return [self.title, self.xaxis, self.yaxis, *self.patches, *self.lines, *self.texts]

    def _facecolor(self):
        return to_rgba("white")
