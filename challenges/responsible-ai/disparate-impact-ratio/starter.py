def disparate_impact(y_pred, groups, reference=None, threshold=0.8):
    """Selection rate per group, its ratio to the reference group's, and the groups below threshold."""
    # your code here
    return {
        "reference": reference,
        "selection_rate": {},
        "impact_ratio": {},
        "adverse_impact": [],
    }
