import pandas as pd


def latest_records(df):
    """One row per id: the row with the latest updated_at (later rows win ties), sorted by id."""
    return (
        df[df["id"].notna()]
        .sort_values("updated_at", kind="stable", na_position="first")
        .drop_duplicates("id", keep="last")
        .sort_values("id", kind="stable")
        .reset_index(drop=True)
    )
