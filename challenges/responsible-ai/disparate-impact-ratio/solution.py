from collections import Counter


def disparate_impact(y_pred, groups, reference=None, threshold=0.8):
    """Selection rate per group, its ratio to the reference group's, and the groups below threshold."""
    size = Counter(groups)  # rows per group, in order of first appearance
    chosen = Counter(g for p, g in zip(y_pred, groups) if p == 1)
    rate = {g: chosen[g] / size[g] for g in size}
    if reference is None and rate:
        reference = max(rate, key=rate.get)  # the first group with the highest rate
    base = rate.get(reference, 0.0)
    ratio = {g: (r / base if base > 0 else None) for g, r in rate.items()}
    adverse = [g for g, r in ratio.items() if r is not None and r < threshold - 1e-9]
    adverse.sort(key=lambda g: (ratio[g], g))
    return {
        "reference": reference,
        "selection_rate": rate,
        "impact_ratio": ratio,
        "adverse_impact": adverse,
    }
