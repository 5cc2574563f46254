from .artist import Artist
from .colors import to_rgba


class Rectangle(Artist):
    def __init__(self, xy, width, height, facecolor="C0", edgecolor="none"):
        super().__init__()
        self._x0, self._y0 = xy
        self._width, self._height = width, height
        self._facecolor = to_rgba(facecolor)
        self._edgecolor = to_rgba(edgecolor)

    def get_x(self):
        return self._x0

    def get_y(self):
        return self._y0

    def get_width(self):
        return self._width

    def get_height(self):
        return self._height

    def get_facecolor(self):
        return self._facecolor

    def get_edgecolor(self):
        return self._edgecolor
