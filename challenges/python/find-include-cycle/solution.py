def find_cycle(includes):
    """One include cycle [f0, ..., f0] of the graph `includes`, or None if it has none."""
    finished = set()
    for root in includes:
        if root in finished:
            continue
        path = [root]
        position = {root: 0}  # the files on the current path and where they are on it
        stack = [iter(includes.get(root, ()))]
        while stack:
            child = next(stack[-1], None)
            if child is None:
                stack.pop()
                node = path.pop()
                del position[node]
                finished.add(node)
            elif child in position:
                return path[position[child] :] + [child]
            elif child not in finished:
                position[child] = len(path)
                path.append(child)
                stack.append(iter(includes.get(child, ())))
    return None
