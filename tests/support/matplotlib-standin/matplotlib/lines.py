from .artist import Artist
from .colors import to_rgba


class Line2D(Artist):
    def __init__(self, xdata, ydata, color="C0", linestyle="-", linewidth=1.5, marker="None",
                 label=""):
        super().__init__()
        self._x, self._y = [float(v) for v in xdata], [float(v) for v in ydata]
        self._color = color
        self._linestyle, self._linewidth, self._marker = linestyle, float(linewidth), marker
        self.set_label(label)

    def get_xdata(self, orig=True):
        return list(self._x)

    def get_ydata(self, orig=True):
        return list(self._y)

    def get_color(self):
        return to_rgba(self._color)

    def get_linestyle(self):
        return self._linestyle

    def get_linewidth(self):
        return self._linewidth

    def get_marker(self):
        return self._marker
