def model_card_metrics(y_true, y_pred, groups, min_count=1):
    """A model card's table: confusion counts and rates overall and per group (sorted)."""
    # your code here
    return {"overall": {}, "by_group": []}
