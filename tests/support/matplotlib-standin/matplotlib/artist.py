from .cbook import CallbackRegistry


class Artist:
    def __init__(self):
        self._transform = None
        self._agg_filter = None
        self._path_effects = []
        self.stale_callback = None
        self._callbacks = CallbackRegistry(signals=["pchanged"])
        self._label = ""
        self._visible = True

    def get_children(self):
        return []

    def get_label(self):
        return self._label

    def set_label(self, label):
        self._label = "" if label is None else str(label)

    def get_visible(self):
        return self._visible
