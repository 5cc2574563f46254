def equalized_odds(y_true, y_pred, groups, agg="worst_case"):
    """Per-group TPR and FPR, their between-group gaps and ratios, and the equalized odds summary."""
    # your code here
    return {
        "true_positive_rate": {},
        "false_positive_rate": {},
        "tpr_difference": 0.0,
        "fpr_difference": 0.0,
        "equalized_odds_difference": 0.0,
        "equalized_odds_ratio": None,
    }
