from collections import deque


def sliding_windows(iterable, size):
    """Lazily yield tuples of `size` consecutive items of `iterable`, left to right.

    Raises ValueError at call time if size < 1.
    """
    if size < 1:
        raise ValueError(f"size must be >= 1, got {size}")
    return _windows(iterable, size)


def _windows(iterable, size):
    window = deque(maxlen=size)  # a full deque drops its oldest item on append
    for item in iterable:
        window.append(item)
        if len(window) == size:
            yield tuple(window)
