import csv
import math

REQUIRED = ("product", "quantity", "price")


def summarise_sales(src, dst):
    """Total valid sales per product from the CSV file `src`, write the summary CSV `dst`.

    Returns the number of invalid rows that were skipped.
    """
    units, revenue = {}, {}
    invalid = 0
    with open(src, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader, [])
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            raise ValueError(f"missing column(s): {', '.join(missing)}")
        p_col, q_col, price_col = (header.index(c) for c in REQUIRED)
        for row in reader:
            if not row:
                continue  # a blank line
            try:
                if len(row) != len(header):
                    raise ValueError("wrong number of fields")
                quantity = int(row[q_col])
                price = float(row[price_col])
                if quantity < 0 or not (math.isfinite(price) and price >= 0):
                    raise ValueError("negative or non-finite value")
            except ValueError:
                invalid += 1
                continue
            product = row[p_col]
            units[product] = units.get(product, 0) + quantity
            revenue[product] = revenue.get(product, 0.0) + quantity * price

    order = sorted(revenue, key=lambda p: (-round(revenue[p], 2), p))
    with open(dst, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["product", "units", "revenue"])
        for product in order:
            writer.writerow([product, units[product], f"{revenue[product]:.2f}"])
    return invalid
