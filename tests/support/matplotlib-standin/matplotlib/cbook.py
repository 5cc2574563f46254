class CallbackRegistry:
    def __init__(self, signals=None):
        self._signals = None if signals is None else list(signals)
        self.callbacks = {}

    def connect(self, signal, func):
        self.callbacks.setdefault(signal, []).append(func)
        return len(self.callbacks[signal])

    def process(self, signal, *args):
        for func in self.callbacks.get(signal, []):
            func(*args)
