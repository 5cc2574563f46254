import numpy as np
import pandas as pd

from drill import case, generate

COMPARE = {"name": "frame", "rtol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs
BASE = pd.Timestamp("2024-01-01")


def tx(customers, hours, amounts, index=None, **extra):
    frame = pd.DataFrame({"customer": pd.Series(customers, dtype="str", index=index),
                          "ts": pd.Series([BASE + pd.Timedelta(hours=h) for h in hours],
                                          dtype="datetime64[us]", index=index),
                          "amount": pd.Series(amounts, dtype="float64", index=index)}, index=index)
    for name, values in extra.items():
        frame[name] = values
    return frame


def features(frame, counts, spends):
    return frame.assign(prior_count=pd.Series(counts, dtype="int64", index=frame.index),
                        prior_spend=pd.Series(spends, dtype="float64", index=frame.index))


def _large():
    g = np.random.default_rng(71)
    n, customers = 200_000, 20_000
    return pd.DataFrame({
        "customer": pd.Series(np.char.add("c", g.integers(0, customers, n).astype(str)), dtype="str"),
        "ts": BASE + pd.to_timedelta(g.integers(0, 90 * 24 * 3600, n), unit="s"),
        "amount": g.integers(1, 100_000, n) / 100,
    })


EXAMPLE = tx(["a", "b", "a", "a", "a", "b"], [7 * 24 + 12, 0, 12, 96, 96, 8 * 24],
             [10.0, 5.0, 20.0, 30.0, 40.0, 1.0], index=[5, 4, 3, 2, 1, 0])
DAILY = tx(["d"] * 5, [0, 24, 48, 72, 96], [1.0, 2.0, 4.0, 8.0, 16.0])

CASES = [
    case(EXAMPLE, expected=features(EXAMPLE, [3, 0, 0, 1, 1, 0], [90.0, 0.0, 0.0, 20.0, 20.0, 0.0]),
         sample=True, name="worked example: start included, same instant excluded"),
    case(DAILY, 2, expected=features(DAILY, [0, 1, 2, 2, 2], [0.0, 1.0, 3.0, 6.0, 12.0]),
         sample=True, name="days=2 with one transaction a day: exactly 48 hours back is in"),
    case(tx(["x", "y", "x"], [0, 1, 2], [100.0, 50.0, 1.0]),
         expected=features(tx(["x", "y", "x"], [0, 1, 2], [100.0, 50.0, 1.0]), [0, 0, 1], [0.0, 0.0, 100.0]),
         sample=True, name="windows never mix customers"),
    case(DAILY, 1, expected=features(DAILY, [0, 1, 1, 1, 1], [0.0, 1.0, 2.0, 4.0, 8.0]),
         name="days=1: only the previous day's transaction"),
    case(tx(["d", "d"], [0, 7 * 24 + 0.001], [3.0, 4.0]),
         expected=features(tx(["d", "d"], [0, 7 * 24 + 0.001], [3.0, 4.0]), [0, 0], [0.0, 0.0]),
         name="a moment more than 7 days back is out (the default window)"),
    case(tx(["d", "d"], [0, 7 * 24], [3.0, 4.0]),
         expected=features(tx(["d", "d"], [0, 7 * 24], [3.0, 4.0]), [0, 1], [0.0, 3.0]),
         name="exactly 7 days back is in (the default window)"),
    case(tx([], [], []), expected=features(tx([], [], []), [], []), name="no transactions"),
    case(tx(["solo"], [5], [9.99]), expected=features(tx(["solo"], [5], [9.99]), [0], [0.0]),
         name="a single transaction"),
    case(tx(["s"] * 4, [10, 10, 10, 11], [1.0, 2.0, 3.0, 4.0]),
         expected=features(tx(["s"] * 4, [10, 10, 10, 11], [1.0, 2.0, 3.0, 4.0]), [0, 0, 0, 3],
                           [0.0, 0.0, 0.0, 6.0]),
         name="three transactions at one instant see none of each other"),
    case(tx(["m", "m", "m", "m"], [300, 0, 200, 100], [1e9, 0.01, 1e9, 0.01], index=["d", "a", "c", "b"],
            merchant=["x", "y", "z", "w"]), 30,
         expected=features(tx(["m", "m", "m", "m"], [300, 0, 200, 100], [1e9, 0.01, 1e9, 0.01],
                              index=["d", "a", "c", "b"], merchant=["x", "y", "z", "w"]),
                           [3, 0, 2, 1], [1e9 + 0.02, 0.0, 0.02, 0.01]),
         name="rows out of time order, a string index, an extra column; 0.01 next to 1e9"),
    case(tx(["p", "p", "p"], [0, 24 * 365, 24 * 366], [5.0, 6.0, 7.0]), 365,
         expected=features(tx(["p", "p", "p"], [0, 24 * 365, 24 * 366], [5.0, 6.0, 7.0]), [0, 1, 1],
                           [0.0, 5.0, 6.0]),
         name="a one-year window"),
    case(_large(), 3, time_limit=4.0, name="200,000 transactions, 20,000 customers"),
]


@generate(count=10, seed=73)
def random_cards(rng):
    n = rng.randint(1, 20)
    return case(tx([rng.choice("abc") for _ in range(n)], [rng.choice([0, 12, 24, 36, 48, 72, 96]) for _ in range(n)],
                   [rng.randint(1, 500) / 4 for _ in range(n)]),
                rng.randint(1, 3))
