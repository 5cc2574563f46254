from collections import OrderedDict


class LRUCache:
    """Least-recently-used cache holding at most `capacity` entries."""

    def __init__(self, capacity):
        if capacity < 0:
            raise ValueError(f"capacity must be >= 0, got {capacity}")
        self.capacity = capacity
        self._data = OrderedDict()  # least recently used first, most recently used last

    def get(self, key, default=None):
        """The value for key (now the most recently used), or default if absent."""
        if key not in self._data:
            return default
        self._data.move_to_end(key)
        return self._data[key]

    def put(self, key, value):
        """Store value under key as the most recently used; evict the LRU entry when over capacity."""
        if self.capacity == 0:
            return
        self._data[key] = value
        self._data.move_to_end(key)
        if len(self._data) > self.capacity:
            self._data.popitem(last=False)

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        """Membership test that does not count as a use."""
        return key in self._data

    def keys(self):
        """A new list of keys, least recently used first."""
        return list(self._data)
