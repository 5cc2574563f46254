import pandas as pd


def summarize_orders(orders):
    """Per customer: orders, paid_orders, total, mean; sorted by total desc, then customer asc."""
    # your code here
    return pd.DataFrame(columns=["customer", "orders", "paid_orders", "total", "mean"])
