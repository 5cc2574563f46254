import pandas as pd


def funnel_report(events, steps):
    """Users reaching each step of an ordered funnel, with step-to-step and overall conversion."""
    # your code here
    users = [events.loc[events["event"] == step, "user"].nunique() for step in steps]
    frame = pd.DataFrame({"step": steps, "users": users})
    frame["conversion"] = frame["users"] / frame["users"].shift(1)
    frame["overall"] = frame["users"] / frame["users"].iloc[0]
    return frame
