import io

import pandas as pd


def load_readings(text):
    """Parse the CSV text into id (str), date (datetime64), value (float64), count (Int64)."""
    # your code here
    return pd.read_csv(io.StringIO(text))
