import math

import numpy as np

EPS = 1e-4  # floor for empty bins
TOL = 1e-9  # a statistic this close below a threshold counts as reaching it


def psi(ref, cur, n_bins):
    """Population stability index with quantile bins of ref; proportions floored at EPS."""
    edges = np.unique(np.quantile(ref, np.arange(1, n_bins) / n_bins))
    # bin = number of edges strictly below the value: (-inf, e1], (e1, e2], ..., (e_last, inf)
    bins = len(edges) + 1
    p_ref = np.bincount(np.searchsorted(edges, ref, side="left"), minlength=bins) / len(ref)
    p_cur = np.bincount(np.searchsorted(edges, cur, side="left"), minlength=bins) / len(cur)
    p_ref = np.maximum(p_ref, EPS)
    p_cur = np.maximum(p_cur, EPS)
    return float(np.sum((p_cur - p_ref) * np.log(p_cur / p_ref)))


def ks_statistic(ref, cur):
    """Largest gap between the two empirical CDFs (two-sample Kolmogorov-Smirnov)."""
    a, b = np.sort(ref), np.sort(cur)
    points = np.concatenate([a, b])
    cdf_a = np.searchsorted(a, points, side="right") / len(a)
    cdf_b = np.searchsorted(b, points, side="right") / len(b)
    return float(np.max(np.abs(cdf_a - cdf_b)))


def drift_report(reference, current, n_bins=10, psi_threshold=0.2, ks_threshold=0.1,
                 min_drifted=1):
    """PSI and KS per feature of reference, the drifted features, and whether to retrain."""
    features, drifted = {}, []
    for col in reference.columns:
        ref = reference[col].dropna().to_numpy(dtype=np.float64)
        cur = current[col].dropna().to_numpy(dtype=np.float64)
        if len(ref) == 0 or len(cur) == 0:
            p = k = math.nan
            flag = True  # a feature that can no longer be measured raises the alarm
        else:
            p, k = psi(ref, cur, n_bins), ks_statistic(ref, cur)
            flag = p >= psi_threshold - TOL or k >= ks_threshold - TOL
        features[col] = {"psi": p, "ks": k, "drifted": bool(flag)}
        if flag:
            drifted.append(col)
    return {"features": features, "drifted_features": drifted,
            "retrain": len(drifted) >= min_drifted}
