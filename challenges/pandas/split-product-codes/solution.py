import pandas as pd

# brand (2-3 letters), number (4 digits), size (1-3 letters); separators: runs of -, _ or spaces
PATTERN = r"^\s*([A-Za-z]{2,3})[-_ ]+([0-9]{4})[-_ ]+([A-Za-z]{1,3})\s*$"


def split_codes(products, sizes=("XS", "S", "M", "L", "XL")):
    """Copy of products with brand, number (Int64), size parsed from `code`, and a bool `valid`."""
    parts = products["code"].str.extract(PATTERN)
    size = parts[2].str.upper()
    valid = size.isin(list(sizes))      # no match (NaN) or a size outside `sizes`: invalid
    return products.assign(
        brand=parts[0].str.upper().where(valid),
        number=pd.to_numeric(parts[1].where(valid)).astype("Int64"),
        size=size.where(valid),
        valid=valid,
    )
