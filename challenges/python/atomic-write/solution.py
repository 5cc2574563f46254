import os
import tempfile


class atomic_write:
    """Write to a temporary file beside `path`; replace `path` with it only if the block succeeds."""

    def __init__(self, path, mode="w", encoding="utf-8"):
        self.path = os.fspath(path)
        self.mode = mode
        self.encoding = encoding
        self._file = None
        self._tmp = None

    def __enter__(self):
        if self.mode not in ("w", "wb"):
            raise ValueError(f"mode must be 'w' or 'wb', got {self.mode!r}")
        directory = os.path.dirname(os.path.abspath(self.path))
        fd, self._tmp = tempfile.mkstemp(dir=directory, prefix=".atomic-", suffix=".tmp")
        encoding = self.encoding if self.mode == "w" else None
        self._file = os.fdopen(fd, self.mode, encoding=encoding)
        return self._file

    def __exit__(self, exc_type, exc, tb):
        self._file.close()  # flushes the buffer before the swap
        if exc_type is None:
            os.replace(self._tmp, self.path)
        else:
            os.remove(self._tmp)
        # returning None (falsy) never suppresses the block's exception
