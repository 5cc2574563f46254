import pandas as pd


def enrich_orders(orders, customers):
    """Every order, in order, with its customer's name and segment ("unknown" if none)."""
    # your code here
    return orders.merge(customers, on="customer_id")
