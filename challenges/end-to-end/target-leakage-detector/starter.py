import pandas as pd


def find_leaks(frame, target, cutoff=None, auc_threshold=0.95):
    """Features that leak the target: identifiers, dates after the cutoff, near-perfect AUC."""
    report = {"identifier": [], "after_cutoff": [], "high_auc": {}}
    for name in frame.columns:
        if name == target:
            continue
        # your code here: for now, only columns literally called "id" are reported
        if name == "id" and pd.api.types.is_integer_dtype(frame[name]):
            report["identifier"].append(name)
    return report
