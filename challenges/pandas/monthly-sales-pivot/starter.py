import pandas as pd


def sales_pivot(sales):
    """Regions x months table of summed amounts (0.0 where none), plus a final "total" column."""
    # your code here
    return pd.DataFrame(columns=["total"], dtype="float64")
