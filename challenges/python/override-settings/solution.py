_MISSING = object()


class override:
    """Set `changes` in the `settings` dict for the duration of a with-block, then restore."""

    def __init__(self, settings, **changes):
        if not isinstance(settings, dict):
            raise TypeError(f"settings must be a dict, got {type(settings).__name__}")
        self._settings = settings
        self._changes = changes
        self._saved = {}
        self._active = False

    def __enter__(self):
        if self._active:
            raise RuntimeError("this override is already active")
        self._active = True
        for key, value in self._changes.items():
            self._saved[key] = self._settings.get(key, _MISSING)
            self._settings[key] = value
        return self._settings

    def __exit__(self, exc_type, exc, tb):
        for key, old in self._saved.items():
            if old is _MISSING:
                self._settings.pop(key, None)
            else:
                self._settings[key] = old
        self._saved = {}
        self._active = False
        # returning None never suppresses the block's exception
