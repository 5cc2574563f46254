def edit_distance(reference, hypothesis):
    """Levenshtein distance and the operation counts of the best alignment (most hits on ties).

    Returns {"distance", "hits", "substitutions", "deletions", "insertions"}.
    """
    n, m = len(reference), len(hypothesis)
    # cell j of a row: the best (cost, -hits) turning reference[:i] into hypothesis[:j]; comparing
    # these tuples picks the lowest cost first, then the most hits
    prev = [(j, 0) for j in range(m + 1)]  # j insertions
    for i in range(1, n + 1):
        cur = [(i, 0)]  # i deletions
        for j in range(1, m + 1):
            cost, neg_hits = prev[j - 1]
            if reference[i - 1] == hypothesis[j - 1]:
                diagonal = (cost, neg_hits - 1)  # a hit
            else:
                diagonal = (cost + 1, neg_hits)  # a substitution
            deletion = (prev[j][0] + 1, prev[j][1])
            insertion = (cur[j - 1][0] + 1, cur[j - 1][1])
            cur.append(min(diagonal, deletion, insertion))
        prev = cur
    distance, hits = prev[m][0], -prev[m][1]
    # hits + subs + dels = n, hits + subs + ins = m, subs + dels + ins = distance
    substitutions = n + m - 2 * hits - distance
    return {
        "distance": distance,
        "hits": hits,
        "substitutions": substitutions,
        "deletions": n - hits - substitutions,
        "insertions": m - hits - substitutions,
    }
