def reweigh(groups, labels, sample_weight=None):
    """Kamiran & Calders reweighing: w(g, y) = P(g) * P(y) / P(g, y), times each row's own weight."""
    # your code here
    return {"weights": [1.0] * len(groups), "table": {}}
