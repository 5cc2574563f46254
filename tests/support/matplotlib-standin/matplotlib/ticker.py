class Locator:
    pass


class Formatter:
    def format_ticks(self, values):
        return [self(v, i) for i, v in enumerate(values)]


class FixedLocator(Locator):
    def __init__(self, locs):
        self.locs = list(locs)

    def __call__(self):
        return list(self.locs)


class AutoLocator(Locator):
    """Up to six evenly spaced ticks over the view interval, at round steps."""

    def __init__(self):
        self.axis = None

    def __call__(self):
        lo, hi = self.axis.get_view_interval()
        if hi <= lo:
            return [lo]
        raw = (hi - lo) / 5
        magnitude = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 10 ** -len(str(int(1 / raw)))
        step = min((m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw),
                   default=raw)
        first = -(-lo // step) * step
        return [first + i * step for i in range(int((hi - first) / step) + 1)]


class FixedFormatter(Formatter):
    def __init__(self, seq):
        self.seq = list(seq)

    def __call__(self, x, pos=None):
        return self.seq[pos] if pos is not None and pos < len(self.seq) else ""


class ScalarFormatter(Formatter):
    def __call__(self, x, pos=None):
        return f"{x:g}".replace("-", "\u2212")


class FuncFormatter(Formatter):
    def __init__(self, func):
        self.func = func

    def __call__(self, x, pos=None):
        return self.func(x, pos)
