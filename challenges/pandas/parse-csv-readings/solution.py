import csv
import io

import pandas as pd

COLUMNS = ["id", "date", "value", "count"]


def load_readings(text):
    """Parse the CSV text into id (str), date (datetime64), value (float64), count (Int64)."""
    header, *lines = text.splitlines()
    width = len(next(csv.reader([header])))
    # Drop malformed lines (more fields than the header) before pandas sees them: pandas would
    # read a malformed *first* data line as an index column instead of skipping it.
    kept = [line for line, fields in zip(lines, csv.reader(lines)) if len(fields) <= width]
    raw = pd.read_csv(io.StringIO("\n".join([header, *kept])), dtype=str)  # keep "007" as text

    count = pd.to_numeric(raw["count"], errors="coerce")
    return pd.DataFrame({
        "id": raw["id"],
        "date": pd.to_datetime(raw["date"], format="%Y-%m-%d", errors="coerce"),
        "value": pd.to_numeric(raw["value"], errors="coerce").astype("float64"),
        "count": count.where(count % 1 == 0).astype("Int64"),   # 3.5 and text -> <NA>
    })
