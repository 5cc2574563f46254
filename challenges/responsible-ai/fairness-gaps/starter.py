def fairness_gaps(y_true, y_pred, groups):
    """Per-group selection rate and TPR, with demographic parity and equal opportunity gaps."""
    # your code here
    return {
        "selection_rate": {},
        "true_positive_rate": {},
        "demographic_parity_difference": 0.0,
        "equal_opportunity_difference": 0.0,
    }
