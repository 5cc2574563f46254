from contextlib import contextmanager


@contextmanager
def atomic_write(path, mode="w", encoding="utf-8"):
    """Write to a temporary file beside `path`; replace `path` with it only if the block succeeds."""
    # your code here: this writes to `path` directly, so a crash leaves a truncated file
    with open(path, mode, encoding=encoding if mode == "w" else None) as f:
        yield f
