import pandas as pd


def sales_pivot(sales):
    """Regions x months table of summed amounts (0.0 where none), plus a final "total" column."""
    table = sales.pivot_table(index="region", columns="month", values="amount",
                              aggfunc="sum", fill_value=0).astype("float64")
    table["total"] = table.sum(axis=1)
    return table
