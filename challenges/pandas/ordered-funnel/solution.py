import pandas as pd


def funnel_report(events, steps):
    """Users reaching each step of an ordered funnel, with step-to-step and overall conversion."""
    timed = events[events["ts"].notna()]
    # when each user first reached the current step; the earliest time leaves the most room later
    reached = timed[timed["event"] == steps[0]].groupby("user")["ts"].min()
    counts = [len(reached)]
    for step in steps[1:]:
        later = timed.loc[timed["event"] == step, ["user", "ts"]].merge(
            reached.rename("since"), on="user")    # joins the index level "user"
        reached = later[later["ts"] >= later["since"]].groupby("user")["ts"].min()
        counts.append(len(reached))
    users = pd.Series(counts, dtype="int64")
    previous = users.shift(1, fill_value=counts[0])
    return pd.DataFrame({"step": pd.Series(steps, dtype="str"), "users": users,
                         "conversion": users / previous, "overall": users / counts[0]})
