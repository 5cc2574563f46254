def edit_distance(reference, hypothesis):
    """Levenshtein distance and the operation counts of the best alignment (most hits on ties).

    Returns {"distance", "hits", "substitutions", "deletions", "insertions"}.
    """
    # your code here: for now, a position-by-position comparison (no insertions or deletions)
    n, m = len(reference), len(hypothesis)
    hits = sum(1 for a, b in zip(reference, hypothesis) if a == b)
    subs = min(n, m) - hits
    return {"distance": subs + abs(n - m), "hits": hits, "substitutions": subs,
            "deletions": max(n - m, 0), "insertions": max(m - n, 0)}
