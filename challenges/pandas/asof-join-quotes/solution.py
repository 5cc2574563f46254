import pandas as pd


def attach_quotes(trades, quotes, max_age_seconds=2):
    """Copy of trades with bid, ask, mid, quote_age_s from the latest same-symbol quote at most max_age_seconds old."""
    left = trades[["symbol", "ts"]].sort_values("ts", kind="stable")
    # stable: of two quotes with the same ts, the later one in `quotes` stays last and wins
    right = quotes[["symbol", "ts", "bid", "ask"]].sort_values("ts", kind="stable")
    right["quote_ts"] = right["ts"]                 # merge_asof keeps only the left's ts
    matched = pd.merge_asof(left, right, on="ts", by="symbol",
                            tolerance=pd.Timedelta(seconds=max_age_seconds))
    matched.index = left.index                       # merge_asof keeps left's row order
    age = (matched["ts"] - matched["quote_ts"]).dt.total_seconds()
    return trades.assign(bid=matched["bid"], ask=matched["ask"],
                         mid=(matched["bid"] + matched["ask"]) / 2, quote_age_s=age)
