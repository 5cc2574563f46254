def count_components(n, edges):
    """Number of connected components of an undirected graph on nodes 0..n-1."""
    # your code here: this assumes every edge merges two separate groups
    return n - len(edges)
