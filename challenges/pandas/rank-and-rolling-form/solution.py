import pandas as pd


def add_form_features(scores, window):
    """Copy of scores with game_rank (Int64) and form (float64: mean of the previous `window` games)."""
    out = scores.copy()
    out["game_rank"] = (
        scores.groupby("game")["points"]
        .rank(method="min", ascending=False)        # best = 1; ties share the smallest rank
        .astype("Int64")                            # missing points -> <NA>
    )
    ordered = scores.sort_values(["player", "game"], kind="stable")
    previous = ordered.groupby("player")["points"].shift(1)   # only games before this one
    out["form"] = (
        previous.groupby(ordered["player"])
        .rolling(window, min_periods=1).mean()     # NaN points are skipped inside the window
        .droplevel(0)                              # back to the original row labels
    )
    return out
