class BatchIterator:
    """Iterate over `items` in lists of `batch_size`; with drop_last, a short last batch is skipped."""

    def __init__(self, items, batch_size, drop_last=False):
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size must be an int >= 1, got {batch_size!r}")
        self._items = items
        self._size = batch_size
        self._drop_last = drop_last
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        remaining = len(self._items) - self._pos
        if remaining <= 0 or (self._drop_last and remaining < self._size):
            raise StopIteration
        batch = list(self._items[self._pos : self._pos + self._size])
        self._pos += self._size
        return batch

    def __len__(self):
        remaining = max(len(self._items) - self._pos, 0)
        full, rest = divmod(remaining, self._size)
        return full + (1 if rest and not self._drop_last else 0)
