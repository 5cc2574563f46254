import numpy as np


def calibration_by_group(y_true, y_prob, groups, n_bins=10):
    """Reliability bins and expected calibration error (ECE) per group, and the ECE gap."""
    y_true = np.asarray(y_true, dtype=float)
    y_prob = np.asarray(y_prob, dtype=float)
    names, which = np.unique(np.asarray(groups), return_inverse=True)
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    binned = np.searchsorted(edges[1:-1], y_prob, side="left")  # (lo, hi] bins, as sklearn
    keep = ~np.isnan(y_prob)
    cell = which[keep] * n_bins + binned[keep]
    size = len(names) * n_bins

    def per_cell(weights=None):
        return np.bincount(cell, weights=weights, minlength=size).reshape(len(names), n_bins)

    count = per_cell()
    sum_prob = per_cell(y_prob[keep])
    sum_true = per_cell(y_true[keep])

    out = {}
    for k, name in enumerate(names.tolist()):
        used = np.flatnonzero(count[k])
        n = int(count[k].sum())
        out[name] = {
            "n": n,
            "bins": used.tolist(),
            "count": count[k, used].tolist(),
            "prob_pred": (sum_prob[k, used] / count[k, used]).tolist(),
            "prob_true": (sum_true[k, used] / count[k, used]).tolist(),
            "ece": float(np.abs(sum_true[k] - sum_prob[k]).sum() / n) if n else None,
        }
    eces = [g["ece"] for g in out.values() if g["ece"] is not None]
    return {"groups": out, "ece_gap": max(eces) - min(eces) if eces else 0.0}
