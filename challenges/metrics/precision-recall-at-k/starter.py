def precision_recall_at_k(recommended, relevant, k):
    """(mean precision@k, mean recall@k) over the users of `relevant` with relevant items.

    precision@k = hits / k, recall@k = hits / len(relevant[u]); no user -> (0.0, 0.0).
    """
    # your code here
    return (0.0, 0.0)
