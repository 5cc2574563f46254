class LRUCache:
    """Least-recently-used cache holding at most `capacity` entries."""

    def __init__(self, capacity):
        self.capacity = capacity
        # your code here

    def get(self, key, default=None):
        """The value for key (now the most recently used), or default if absent."""
        return default

    def put(self, key, value):
        """Store value under key as the most recently used; evict the LRU entry when over capacity."""
        pass

    def __len__(self):
        return 0

    def __contains__(self, key):
        """Membership test that does not count as a use."""
        return False

    def keys(self):
        """A new list of keys, least recently used first."""
        return []
