import numpy as np


def dbscan(X, eps, min_samples=5):
    """DBSCAN cluster labels (0, 1, ... in order of discovery; -1 for noise)."""
    X = np.asarray(X, dtype=np.float64)
    n = len(X)
    # the eps-neighbourhood of every point, itself included (distance <= eps)
    neighbours = [np.flatnonzero(np.linalg.norm(X - X[i], axis=1) <= eps) for i in range(n)]
    core = [len(nb) >= min_samples for nb in neighbours]
    labels = np.full(n, -1, dtype=np.int64)
    cluster = 0
    for i in range(n):
        if labels[i] != -1 or not core[i]:
            continue
        # grow a new cluster from the unlabelled core point i
        labels[i] = cluster
        stack = [i]
        while stack:
            p = stack.pop()
            if not core[p]:
                continue  # a border point joins the cluster but does not extend it
            for q in neighbours[p]:
                if labels[q] == -1:
                    labels[q] = cluster
                    stack.append(q)
        cluster += 1
    return labels
