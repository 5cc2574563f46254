import pandas as pd


def clean_numeric(df, money, percent):
    """Return a copy of df with the `money` and `percent` columns parsed to float64."""
    out = df.copy()
    for col in money:
        text = (out[col].str.replace(r"[$€£,\s]", "", regex=True)
                .str.replace(r"^\((.*)\)$", r"-\1", regex=True))   # (12.50) -> -12.50
        out[col] = pd.to_numeric(text, errors="coerce").astype("float64")
    for col in percent:
        text = out[col].str.replace(r"[%\s]", "", regex=True)
        out[col] = pd.to_numeric(text, errors="coerce").astype("float64") / 100
    return out
