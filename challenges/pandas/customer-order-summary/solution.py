import pandas as pd

COLUMNS = ["customer", "orders", "paid_orders", "total", "mean"]


def summarize_orders(orders):
    """Per customer: orders, paid_orders, total, mean; sorted by total desc, then customer asc."""
    summary = (
        orders.groupby("customer")["amount"]  # dropna=True: rows without a customer are ignored
        .agg(orders="size", paid_orders="count", total="sum", mean="mean")
        .reset_index()
    )
    summary = summary.astype({"total": "float64", "mean": "float64"})
    summary = summary.sort_values(["total", "customer"], ascending=[False, True], kind="mergesort")
    return summary[COLUMNS].reset_index(drop=True)
