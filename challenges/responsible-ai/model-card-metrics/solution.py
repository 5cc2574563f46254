def model_card_metrics(y_true, y_pred, groups, min_count=1):
    """A model card's table: confusion counts and rates overall and per group (sorted)."""
    cells = {}
    for t, p, g in zip(y_true, y_pred, groups):
        counts = cells.setdefault(g, [0, 0, 0, 0])  # tp, fp, fn, tn
        counts[(0 if p == 1 else 2) if t == 1 else (1 if p == 1 else 3)] += 1
    overall = [sum(c[i] for c in cells.values()) for i in range(4)]
    return {
        "overall": _row(None, overall, min_count),
        "by_group": [_row(g, cells[g], min_count) for g in sorted(cells)],
    }


def _row(group, counts, min_count):
    tp, fp, fn, tn = counts
    n = tp + fp + fn + tn
    row = {
        "group": group,
        "n": n,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "accuracy": _share(tp + tn, n),
        "precision": _share(tp, tp + fp),
        "recall": _share(tp, tp + fn),
        "f1": _share(2 * tp, 2 * tp + fp + fn),
        "suppressed": n < min_count,
    }
    if row["suppressed"]:  # a small cell shows its size only: its counts could single people out
        row.update(dict.fromkeys(["tp", "fp", "fn", "tn", "accuracy", "precision", "recall", "f1"]))
    return row


def _share(part, whole):
    return part / whole if whole else None
