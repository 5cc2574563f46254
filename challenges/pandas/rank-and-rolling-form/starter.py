import pandas as pd


def add_form_features(scores, window):
    """Copy of scores with game_rank (Int64) and form (float64: mean of the previous `window` games)."""
    # your code here
    out = scores.copy()
    out["game_rank"] = pd.array([1] * len(out), dtype="Int64")
    out["form"] = out["points"].astype("float64")
    return out
