import pandas as pd


def report_to_tidy(report):
    """One row per (store, quarter) from a report with (metric, quarter) column levels, plus margin."""
    long = report.stack(level="quarter").dropna(how="all")     # index (store, quarter), metric columns
    long = long.reset_index()
    revenue, cost = long["revenue"].astype("float64"), long["cost"].astype("float64")
    margin = ((revenue - cost) / revenue).where(revenue != 0)  # no revenue: no margin
    tidy = pd.DataFrame({"store": long["store"], "quarter": long["quarter"], "revenue": revenue,
                         "cost": cost, "margin": margin})
    return tidy.sort_values(["store", "quarter"], kind="stable").reset_index(drop=True)
