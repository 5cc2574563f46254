import pandas as pd

TOL = 1e-12  # an AUC this close below the threshold counts as reaching it


def single_feature_auc(values, y):
    """max(AUC, 1 - AUC) of one feature against a 0/1 target, NaN when a class is missing."""
    n_pos = int(y.sum())
    n_neg = len(y) - n_pos
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    ranks = values.rank(method="average")  # ties share their mean rank
    u = float(ranks[y == 1].sum()) - n_pos * (n_pos + 1) / 2
    auc = u / (n_pos * n_neg)
    return max(auc, 1.0 - auc)


def is_identifier(col):
    if pd.api.types.is_bool_dtype(col) or isinstance(col.dtype, pd.CategoricalDtype):
        return False
    kind_ok = pd.api.types.is_integer_dtype(col) or pd.api.types.is_string_dtype(col)
    return kind_ok and len(col) >= 2 and not col.isna().any() and col.nunique() == len(col)


def find_leaks(frame, target, cutoff=None, auc_threshold=0.95):
    """Features that leak the target: identifiers, dates after the cutoff, near-perfect AUC."""
    y = frame[target].astype("int64")
    report = {"identifier": [], "after_cutoff": [], "high_auc": {}}
    for name in frame.columns:
        if name == target or name == cutoff:
            continue
        col = frame[name]
        if is_identifier(col):
            report["identifier"].append(name)
        if pd.api.types.is_datetime64_any_dtype(col):
            if cutoff is not None and (col > frame[cutoff]).any():
                report["after_cutoff"].append(name)
        elif pd.api.types.is_numeric_dtype(col) or pd.api.types.is_bool_dtype(col):
            present = col.notna()
            values = col[present].astype("float64")
            score = single_feature_auc(values, y[present])
            if score >= auc_threshold - TOL:
                report["high_auc"][name] = score
    return report
