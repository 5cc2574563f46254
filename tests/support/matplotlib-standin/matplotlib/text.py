from .artist import Artist


class Text(Artist):
    def __init__(self, x=0.0, y=0.0, text=""):
        super().__init__()
        self._x, self._y = x, y
        self._text = ""
        self.set_text(text)

    def get_text(self):
        return self._text

    def set_text(self, s):
        self._text = "" if s is None else str(s)

    def get_position(self):
        return (self._x, self._y)
