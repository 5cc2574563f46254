from .artist import Artist
from .cbook import CallbackRegistry
from .scale import LinearScale
from .text import Text
from .transforms import IdentityTransform
from .ticker import AutoLocator, FixedFormatter, FixedLocator, FuncFormatter, ScalarFormatter


class Ticker:
    def __init__(self, locator, formatter):
        self.locator, self.formatter = locator, formatter


class Tick(Artist):
    def __init__(self, loc=0.0):
        super().__init__()
        self._loc = loc
        self.label1, self.label2 = Text(), Text()
        self.label2._visible = False

    def get_loc(self):
        return self._loc

    def get_children(self):
        return [self.label1, self.label2]


class Axis(Artist):
    def __init__(self, axes, which):
        super().__init__()
        self.axes, self.which = axes, which
        self.label = Text()
        locator = AutoLocator()
        locator.axis = self
        self.major = Ticker(locator, ScalarFormatter())
        self.minor = Ticker(FixedLocator([]), FixedFormatter([]))
        self.majorTicks = []
        self._scale = LinearScale()
        self.callbacks = CallbackRegistry(signals=["units"])

    def get_scale(self):
        return self._scale.name

    def get_view_interval(self):
        return self.axes.get_xlim() if self.which == "x" else self.axes.get_ylim()

    def get_transform(self):
        return IdentityTransform()

    def get_majorticklocs(self):
        return self.major.locator()

    def set_major_locator(self, locator):
        self.major.locator = locator

    def set_major_formatter(self, formatter):
        if callable(formatter) and not hasattr(formatter, "format_ticks"):
            formatter = FuncFormatter(formatter)
        self.major.formatter = formatter

    def _update_ticks(self):
        locs = list(self.get_majorticklocs())
        labels = self.major.formatter.format_ticks(locs)
        while len(self.majorTicks) < len(locs):
            self.majorTicks.append(Tick())
        ticks = self.majorTicks[:len(locs)]
        for tick, loc, label in zip(ticks, locs, labels):
            tick._loc = loc
            tick.label1.set_text(label)
        lo, hi = sorted(self.get_view_interval())
        return [t for t in ticks if lo - 1e-10 <= t._loc <= hi + 1e-10]

    def get_children(self):
        return [self.label, *self.majorTicks]


class XAxis(Axis):
    def __init__(self, axes):
        super().__init__(axes, "x")


class YAxis(Axis):
    def __init__(self, axes):
        super().__init__(axes, "y")
