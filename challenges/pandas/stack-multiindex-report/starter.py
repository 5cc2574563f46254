def report_to_tidy(report):
    """One row per (store, quarter) from a report with (metric, quarter) column levels, plus margin."""
    # your code here
    flat = report.copy()
    flat.columns = [f"{metric}_{quarter}" for metric, quarter in flat.columns]
    return flat.reset_index()
