def precision_recall_at_k(recommended, relevant, k):
    """(mean precision@k, mean recall@k) over the users of `relevant` with relevant items.

    precision@k = hits / k, recall@k = hits / len(relevant[u]); no user -> (0.0, 0.0).
    """
    precision_sum = recall_sum = 0.0
    users = 0
    for user, items in relevant.items():
        if not items:
            continue  # recall is undefined without relevant items
        wanted = set(items)
        hits = sum(1 for item in recommended.get(user, [])[:k] if item in wanted)
        precision_sum += hits / k
        recall_sum += hits / len(wanted)
        users += 1
    if users == 0:
        return (0.0, 0.0)
    return (precision_sum / users, recall_sum / users)
