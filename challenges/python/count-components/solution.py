def count_components(n, edges):
    """Number of connected components of an undirected graph on nodes 0..n-1."""
    neighbours = [[] for _ in range(n)]
    for a, b in edges:
        neighbours[a].append(b)
        neighbours[b].append(a)
    seen = [False] * n
    components = 0
    for node in range(n):
        if seen[node]:
            continue
        components += 1
        seen[node] = True
        stack = [node]
        while stack:
            current = stack.pop()
            for nxt in neighbours[current]:
                if not seen[nxt]:
                    seen[nxt] = True
                    stack.append(nxt)
    return components
