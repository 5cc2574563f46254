import pandas as pd


def split_codes(products, sizes=("XS", "S", "M", "L", "XL")):
    """Copy of products with brand, number (Int64), size parsed from `code`, and a bool `valid`."""
    # your code here
    parts = products["code"].str.split("-", expand=True)
    return products.assign(brand=parts[0], number=pd.to_numeric(parts[1], errors="coerce").astype("Int64"),
                           size=parts[2], valid=parts[2].notna())
