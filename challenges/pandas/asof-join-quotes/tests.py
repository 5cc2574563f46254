import numpy as np
import pandas as pd

from drill import case, generate

COMPARE = {"name": "frame", "rtol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs
NAN = float("nan")


def stamps(values, index=None):
    return pd.to_datetime(pd.Series(values, dtype="object", index=index), format="ISO8601").astype("datetime64[us]")


def trades(symbols, times, index=None, **extra):
    frame = pd.DataFrame({"symbol": pd.Series(symbols, dtype="str", index=index),
                          "ts": stamps(times, index)}, index=index)
    for name, values in extra.items():
        frame[name] = values
    return frame


def quotes(symbols, times, bids, asks):
    return pd.DataFrame({"symbol": pd.Series(symbols, dtype="str"), "ts": stamps(times),
                         "bid": pd.Series(bids, dtype="float64"),
                         "ask": pd.Series(asks, dtype="float64")})


def quoted(frame, bids, asks, ages):
    bid = pd.Series(bids, dtype="float64", index=frame.index)
    ask = pd.Series(asks, dtype="float64", index=frame.index)
    return frame.assign(bid=bid, ask=ask, mid=(bid + ask) / 2,
                        quote_age_s=pd.Series(ages, dtype="float64", index=frame.index))


def t(second):
    return f"2024-05-01 10:00:{second:02d}"


def _large():
    g = np.random.default_rng(3)
    base = pd.Timestamp("2024-05-01 09:30")
    names = np.array([f"S{i:03d}" for i in range(300)])
    nq, nt = 500_000, 200_000
    q = pd.DataFrame({"symbol": pd.Series(names[g.integers(0, 300, nq)], dtype="str"),
                      "ts": base + pd.to_timedelta(g.integers(0, 6 * 3600 * 1000, nq), unit="ms"),
                      "bid": g.uniform(10, 500, nq).round(2)})
    q["ask"] = q["bid"] + 0.01
    tr = pd.DataFrame({"symbol": pd.Series(names[g.integers(0, 300, nt)], dtype="str"),
                       "ts": base + pd.to_timedelta(g.integers(0, 6 * 3600 * 1000, nt), unit="ms"),
                       "qty": g.integers(1, 1000, nt)})
    return tr, q


EX_TRADES = trades(["MSFT", "AAPL", "AAPL", "MSFT"], [t(3), t(1), t(5), t(0)], qty=[100, 50, 20, 10])
EX_QUOTES = quotes(["AAPL", "MSFT", "AAPL", "AAPL"], [t(0), t(1), t(2), t(6)],
                   [189.0, 410.0, 189.5, 190.0], [189.2, 410.4, 189.7, 190.2])

SAME_TIME = quotes(["X", "X", "X"], [t(1), t(1), t(0)], [1.0, 2.0, 3.0], [1.5, 2.5, 3.5])
ONE_X = trades(["X"], [t(1)], qty=[7])

LARGE_TRADES, LARGE_QUOTES = _large()

CASES = [
    case(EX_TRADES, EX_QUOTES,
         expected=quoted(EX_TRADES, [410.0, 189.0, NAN, NAN], [410.4, 189.2, NAN, NAN],
                         [2.0, 1.0, NAN, NAN]),
         sample=True, name="worked example: stale quote, no quote yet, a future quote ignored"),
    case(trades(["X", "X"], [t(5), t(8)]), quotes(["X", "X"], [t(0), t(5)], [9.0, 10.0], [9.5, 10.5]), 0,
         expected=quoted(trades(["X", "X"], [t(5), t(8)]), [10.0, NAN], [10.5, NAN], [0.0, NAN]),
         sample=True, name="max_age_seconds=0: only a quote at exactly the trade time"),
    case(ONE_X, SAME_TIME, expected=quoted(ONE_X, [2.0], [2.5], [0.0]), sample=True,
         name="two quotes at the same time: the later one in quotes wins"),
    case(trades(["X", "X"], [t(12), "2024-05-01 10:00:12.000001"]),
         quotes(["X"], [t(2)], [5.0], [6.0]), 10,
         expected=quoted(trades(["X", "X"], [t(12), "2024-05-01 10:00:12.000001"]),
                         [5.0, NAN], [6.0, NAN], [10.0, NAN]),
         name="exactly max_age_seconds old is accepted; one microsecond more is not"),
    case(trades(["A", "B", "A", "B"], [t(4), t(4), t(9), t(3)], index=["t4", "t2", "t9", "t1"],
                price=[1.0, 2.0, 3.0, 4.0]),
         quotes(["B", "A", "B", "A"], [t(3), t(2), t(1), t(8)], [20.0, 10.0, 19.0, 11.0],
                [20.2, 10.2, 19.2, 11.2]),
         expected=quoted(trades(["A", "B", "A", "B"], [t(4), t(4), t(9), t(3)],
                                index=["t4", "t2", "t9", "t1"], price=[1.0, 2.0, 3.0, 4.0]),
                         [10.0, 20.0, 11.0, 20.0], [10.2, 20.2, 11.2, 20.2],
                         [2.0, 1.0, 1.0, 0.0]),
         name="shuffled trades with a string index; each symbol takes only its own quotes"),
    case(trades(["Z"], [t(30)]), quotes(["Z", "Z"], [t(29), t(28)], [1.0, 2.0], [1.1, 2.1]), 1.5,
         expected=quoted(trades(["Z"], [t(30)]), [1.0], [1.1], [1.0]),
         name="fractional max_age_seconds=1.5; quotes out of order"),
    case(trades(["Q"], [t(3)]), quotes(["Q"], [t(1)], [7.0], [7.2]),
         expected=quoted(trades(["Q"], [t(3)]), [7.0], [7.2], [2.0]), name="the default max age: 2 s is fine"),
    case(trades(["Q"], [t(4)]), quotes(["Q"], [t(1)], [7.0], [7.2]),
         expected=quoted(trades(["Q"], [t(4)]), [NAN], [NAN], [NAN]), name="the default max age: 3 s is stale"),
    case(trades([], []), quotes(["A"], [t(0)], [1.0], [2.0]),
         expected=quoted(trades([], []), [], [], []), name="no trades"),
    case(trades(["A", "B"], [t(0), t(1)], qty=[1, 2]), quotes([], [], [], []),
         expected=quoted(trades(["A", "B"], [t(0), t(1)], qty=[1, 2]), [NAN, NAN], [NAN, NAN], [NAN, NAN]),
         name="no quotes at all"),
    case(trades(["A", "A"], [t(1), t(1)]), quotes(["A", "A"], [t(1), t(2)], [1e9, 1e9], [1e9 + 2, 1e9 + 4]),
         expected=quoted(trades(["A", "A"], [t(1), t(1)]), [1e9, 1e9], [1e9 + 2, 1e9 + 2], [0.0, 0.0]),
         name="two trades at the same time; a later quote is never used; large prices"),
    case(trades(["A"], ["2024-05-01 23:59:59"]), quotes(["A"], ["2024-05-02 00:00:00"], [1.0], [2.0]),
         expected=quoted(trades(["A"], ["2024-05-01 23:59:59"]), [NAN], [NAN], [NAN]),
         name="a quote one second after the trade is the future, even across midnight"),
    case(LARGE_TRADES, LARGE_QUOTES, time_limit=3.0,
         name="200,000 trades, 500,000 quotes (searching per trade is too slow)"),
]


@generate(count=10, seed=41)
def random_feeds(rng):
    def rows(n):
        return ([rng.choice(["A", "B", "C"]) for _ in range(n)],
                [t(rng.randint(0, 20)) for _ in range(n)])
    ts_sym, ts_time = rows(rng.randint(1, 15))
    qs_sym, qs_time = rows(rng.randint(0, 25))
    bids = [float(rng.randint(100, 200)) for _ in qs_sym]
    return case(trades(ts_sym, ts_time, qty=list(range(len(ts_sym)))),
                quotes(qs_sym, qs_time, bids, [b + rng.randint(1, 3) for b in bids]),
                rng.choice([0, 1, 2, 3, 5]))
