class override:
    """Set `changes` in the `settings` dict for the duration of a with-block, then restore."""

    def __init__(self, settings, **changes):
        self._settings = settings
        self._changes = changes

    def __enter__(self):
        # your code here: remember the old values before changing anything
        self._settings.update(self._changes)
        return self._settings

    def __exit__(self, exc_type, exc, tb):
        # your code here: put the old values back, remove keys that were added
        pass
