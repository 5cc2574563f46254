import struct
import zlib

from .artist import Artist
from .axes import Axes
from .backends.backend_agg import FigureCanvasAgg
from .cbook import CallbackRegistry
from .text import Text


class Figure(Artist):
    def __init__(self, figsize=None):
        super().__init__()
        width, height = figsize or (6.4, 4.8)
        self._size = [float(width), float(height)]
        self._suptitle = None
        self.axes = []
        self.callbacks = CallbackRegistry(signals=["dpi_changed"])
        self._canvas_callbacks = CallbackRegistry(signals=["draw_event", "resize_event"])
        FigureCanvasAgg(self)

    def get_size_inches(self):
        return list(self._size)

    def add_subplot(self, nrows=1, ncols=1, index=1):
        row, col = divmod(index - 1, ncols)
        w, h = 1 / ncols, 1 / nrows
        ax = Axes(self, (col * w + 0.12 * w, 1 - (row + 1) * h + 0.12 * h, 0.8 * w, 0.76 * h))
        self.axes.append(ax)
        return ax

    def suptitle(self, t):
        self._suptitle = Text(0.5, 0.98, t)
        return self._suptitle

    def get_children(self):
        return [*self.axes] + ([self._suptitle] if self._suptitle is not None else [])

    def draw_without_rendering(self):
        pass

    def set_canvas(self, canvas):
        self.canvas = canvas

    def savefig(self, fname, format="png", dpi=100, facecolor="white", **kwargs):
        """A real PNG: white page, each Axes' frame, its bars and lines (no text)."""
        width = max(1, round(self._size[0] * dpi))
        height = max(1, round(self._size[1] * dpi))
        canvas = _Canvas(width, height)
        for ax in self.axes:
            _draw_axes(canvas, ax)
        fname.write(canvas.png())


def _draw_axes(canvas, ax):
    left, bottom, w, h = ax._position
    x0, x1 = round(left * canvas.width), round((left + w) * canvas.width)
    y0, y1 = round((1 - bottom - h) * canvas.height), round((1 - bottom) * canvas.height)
    (xa, xb), (ya, yb) = ax.get_xlim(), ax.get_ylim()

    def px(x, y):
        u = x0 + (x - xa) / ((xb - xa) or 1) * (x1 - x0)
        v = y1 - (y - ya) / ((yb - ya) or 1) * (y1 - y0)
        return round(u), round(v)

    for p in ax.patches:
        a, b = px(p._x0, p._y0), px(p._x0 + p._width, p._y0 + p._height)
        canvas.fill(min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1]),
                    p._facecolor, p._edgecolor)
    for line in ax.lines:
        points = [px(x, y) for x, y in zip(line._x, line._y)]
        for a, b in zip(points, points[1:]):
            canvas.line(a, b, line.get_color())
    black = (0.0, 0.0, 0.0, 1.0)
    canvas.fill(x0, y0, x1, y1, (0, 0, 0, 0), black)


class _Canvas:
    def __init__(self, width, height):
        self.width, self.height = width, height
        self.rows = [bytearray(b"\xff" * (3 * width)) for _ in range(height)]

    def _rgb(self, rgba):
        return bytes(round(c * 255) for c in rgba[:3])

    def fill(self, x0, y0, x1, y1, face, edge):
        x0, x1 = max(0, x0), min(self.width - 1, x1)
        y0, y1 = max(0, y0), min(self.height - 1, y1)
        if x1 < x0 or y1 < y0:
            return
        if face[3] > 0:
            run = self._rgb(face) * (x1 - x0 + 1)
            for y in range(y0, y1 + 1):
                self.rows[y][3 * x0:3 * (x1 + 1)] = run
        if edge[3] > 0:
            pixel = self._rgb(edge)
            self.rows[y0][3 * x0:3 * (x1 + 1)] = pixel * (x1 - x0 + 1)
            self.rows[y1][3 * x0:3 * (x1 + 1)] = pixel * (x1 - x0 + 1)
            for y in range(y0, y1 + 1):
                self.rows[y][3 * x0:3 * x0 + 3] = pixel
                self.rows[y][3 * x1:3 * x1 + 3] = pixel

    def line(self, a, b, color):
        pixel = self._rgb(color)
        steps = max(abs(b[0] - a[0]), abs(b[1] - a[1]), 1)
        for i in range(steps + 1):
            x = round(a[0] + (b[0] - a[0]) * i / steps)
            y = round(a[1] + (b[1] - a[1]) * i / steps)
            if 0 <= x < self.width and 0 <= y < self.height:
                self.rows[y][3 * x:3 * x + 3] = pixel

    def png(self):
        raw = b"".join(b"\x00" + bytes(row) for row in self.rows)

        def chunk(kind, data):
            body = kind + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6))
                + chunk(b"IEND", b""))
