from collections import Counter


def equalized_odds(y_true, y_pred, groups, agg="worst_case"):
    """Per-group TPR and FPR, their between-group gaps and ratios, and the equalized odds summary."""
    positives = Counter(g for t, g in zip(y_true, groups) if t == 1)
    negatives = Counter(g for t, g in zip(y_true, groups) if t != 1)
    hits = Counter(g for t, p, g in zip(y_true, y_pred, groups) if t == 1 and p == 1)
    false_alarms = Counter(g for t, p, g in zip(y_true, y_pred, groups) if t != 1 and p == 1)
    order = dict.fromkeys(groups)
    tpr = {g: (hits[g] / positives[g] if positives[g] else None) for g in order}
    fpr = {g: (false_alarms[g] / negatives[g] if negatives[g] else None) for g in order}

    differences = [_difference(tpr), _difference(fpr)]
    ratios = [r for r in (_ratio(tpr), _ratio(fpr)) if r is not None]
    if agg == "worst_case":
        difference = max(differences)
        ratio = min(ratios) if ratios else None
    elif agg == "mean":
        difference = sum(differences) / 2
        ratio = sum(ratios) / len(ratios) if ratios else None
    else:
        raise ValueError(f"agg must be 'worst_case' or 'mean', got {agg!r}")
    return {
        "true_positive_rate": tpr,
        "false_positive_rate": fpr,
        "tpr_difference": differences[0],
        "fpr_difference": differences[1],
        "equalized_odds_difference": difference,
        "equalized_odds_ratio": ratio,
    }


def _defined(rates):
    return [r for r in rates.values() if r is not None]


def _difference(rates):
    values = _defined(rates)
    return max(values) - min(values) if values else 0.0


def _ratio(rates):
    values = _defined(rates)
    if not values or max(values) == 0:
        return None
    return min(values) / max(values)
