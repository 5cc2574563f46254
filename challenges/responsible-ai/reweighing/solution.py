from collections import defaultdict


def reweigh(groups, labels, sample_weight=None):
    """Kamiran & Calders reweighing: w(g, y) = P(g) * P(y) / P(g, y), times each row's own weight."""
    if sample_weight is None:
        sample_weight = [1.0] * len(groups)
    total = 0.0
    per_group, per_label, per_cell = defaultdict(float), defaultdict(float), defaultdict(float)
    for g, y, w in zip(groups, labels, sample_weight):
        total += w
        per_group[g] += w
        per_label[y] += w
        per_cell[g, y] += w
    table = {}
    for (g, y), cell in per_cell.items():
        # (n_g / n) * (n_y / n_gy): each factor stays finite for weights near 1e±300
        table.setdefault(g, {})[y] = (per_group[g] / total) * (per_label[y] / cell)
    weights = [float(w * table[g][y]) for g, y, w in zip(groups, labels, sample_weight)]
    return {"weights": weights, "table": table}
