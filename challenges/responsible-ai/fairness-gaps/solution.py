from collections import Counter


def fairness_gaps(y_true, y_pred, groups):
    """Per-group selection rate and TPR, with demographic parity and equal opportunity gaps."""
    size = Counter(groups)  # rows per group
    selected = Counter(g for p, g in zip(y_pred, groups) if p == 1)
    positives = Counter(g for t, g in zip(y_true, groups) if t == 1)
    hits = Counter(g for t, p, g in zip(y_true, y_pred, groups) if t == 1 and p == 1)

    selection_rate = {g: selected[g] / size[g] for g in size}
    tpr = {g: (hits[g] / positives[g] if positives[g] else None) for g in size}
    defined = [r for r in tpr.values() if r is not None]
    return {
        "selection_rate": selection_rate,
        "true_positive_rate": tpr,
        "demographic_parity_difference": _spread(list(selection_rate.values())),
        "equal_opportunity_difference": _spread(defined),
    }


def _spread(rates):
    return float(max(rates) - min(rates)) if rates else 0.0
