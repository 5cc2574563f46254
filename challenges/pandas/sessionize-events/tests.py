import numpy as np
import pandas as pd

from drill import case, generate

COMPARE = {"name": "frame"}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def events(users, stamps, index=None, **extra):
    frame = pd.DataFrame({"user": pd.Series(users, dtype="str", index=index),
                          "ts": pd.to_datetime(pd.Series(stamps, dtype="object", index=index), format="ISO8601")},
                         index=index)
    for name, values in extra.items():
        frame[name] = values
    return frame


def sessions(frame, numbers):
    out = frame.copy()
    out["session"] = pd.array(numbers, dtype="Int64")
    return out


def _large():
    g = np.random.default_rng(12)
    n, users = 200_000, 20_000
    base = pd.Timestamp("2024-01-01")
    ts = base + pd.to_timedelta(g.integers(0, 14 * 24 * 60, size=n), unit="min")
    frame = pd.DataFrame({"user": pd.Series([f"u{i:05d}" for i in g.integers(0, users, size=n)],
                                            dtype="str"),
                          "ts": ts, "value": g.integers(0, 9, size=n)})
    frame.loc[g.random(n) < 0.01, "ts"] = pd.NaT
    return frame


EXAMPLE = events(["b", "a", "a", "a", "b", "a"],
                 ["2024-05-01 09:00", "2024-05-01 10:40", "2024-05-01 10:00",
                  "2024-05-01 10:30", None, "2024-05-01 11:10:01"],
                 page=["home", "cart", "home", "search", "home", "pay"])

STEADY = events(["u"] * 4, ["2024-01-01 00:00", "2024-01-01 00:10", "2024-01-01 00:20",
                            "2024-01-01 00:31"])

SHUFFLED = events(["x", "y", "x", "y", "x"],
                  ["2024-01-01 12:00", "2024-01-01 08:00", "2024-01-01 09:00",
                   "2024-01-01 08:05", "2024-01-01 09:20"], index=[40, 10, 30, 20, 50])

CASES = [
    case(EXAMPLE, expected=sessions(EXAMPLE, [1, 1, 1, 1, None, 2]), sample=True,
         name="worked example: a gap of exactly 30 min stays, 30 min 1 s splits"),
    case(STEADY, 10, expected=sessions(STEADY, [1, 1, 1, 2]), sample=True,
         name="gap_minutes=10: 10-minute steps stay together, 11 minutes splits"),
    case(SHUFFLED, expected=sessions(SHUFFLED, [2, 1, 1, 1, 1]), sample=True,
         name="rows out of order with a custom index; sessions count per user"),
    case(events([], []), expected=sessions(events([], []), []), name="empty input"),
    case(events(["solo"], ["2024-02-29 23:59"]),
         expected=sessions(events(["solo"], ["2024-02-29 23:59"]), [1]), name="one event"),
    case(events(["z"], [None]), expected=sessions(events(["z"], [None]), [None]),
         name="one event without a timestamp"),
    case(events(["p", "p", "p", "p"], ["2024-01-01 10:00", None, "2024-01-01 10:45",
                                       "2024-01-01 10:20"]),
         expected=sessions(events(["p", "p", "p", "p"],
                                  ["2024-01-01 10:00", None, "2024-01-01 10:45",
                                   "2024-01-01 10:20"]), [1, None, 1, 1]),
         name="a NaT event in the middle neither starts nor splits a session"),
    case(events(["q", "q", "q"], ["2024-01-01 10:00", "2024-01-01 10:00", "2024-01-01 10:00"]),
         0.5, expected=sessions(events(["q", "q", "q"], ["2024-01-01 10:00"] * 3), [1, 1, 1]),
         name="equal timestamps are one session"),
    case(events(["r", "r", "r", "r"], ["2024-01-01 10:00:00", "2024-01-01 10:00:30",
                                       "2024-01-01 10:01:01", "2024-01-01 10:01:31"]), 0.5,
         expected=sessions(events(["r", "r", "r", "r"],
                                  ["2024-01-01 10:00:00", "2024-01-01 10:00:30",
                                   "2024-01-01 10:01:01", "2024-01-01 10:01:31"]),
                           [1, 1, 2, 2]),
         name="fractional gap_minutes=0.5 is 30 seconds"),
    case(events(["a", "b", "a", "b"], ["2024-01-01 10:00", "2024-01-01 10:05",
                                       "2024-01-01 10:50", "2024-01-01 10:20"]),
         expected=sessions(events(["a", "b", "a", "b"],
                                  ["2024-01-01 10:00", "2024-01-01 10:05",
                                   "2024-01-01 10:50", "2024-01-01 10:20"]), [1, 1, 2, 1]),
         name="a gap is measured within a user, never across users"),
    case(events(["m", "m", "m"], ["2023-12-31 23:50", "2024-01-01 00:10", "2024-03-01 00:00"]),
         expected=sessions(events(["m", "m", "m"],
                                  ["2023-12-31 23:50", "2024-01-01 00:10", "2024-03-01 00:00"]),
                           [1, 1, 2]),
         name="a session crosses midnight and the new year; a gap of months"),
    case(events(["k"] * 3, ["2024-01-01 00:00", "2024-01-01 00:02", "2024-01-01 00:04"]), 1,
         expected=sessions(events(["k"] * 3, ["2024-01-01 00:00", "2024-01-01 00:02",
                                               "2024-01-01 00:04"]), [1, 2, 3]),
         name="every gap above the limit: one session per event"),
    case(_large(), time_limit=3.0, name="200,000 events, 20,000 users (a Python loop is too slow)"),
]


@generate(count=10, seed=31)
def random_streams(rng):
    n = rng.randint(1, 30)
    users = [rng.choice(["ann", "bo", "cy"]) for _ in range(n)]
    minutes = [None if rng.random() < 0.1 else rng.choice([0, 5, 10, 15, 45, 60, 61, 90, 200])
               for _ in range(n)]
    stamps = [None if m is None else str(pd.Timestamp("2024-01-01") + pd.Timedelta(minutes=m))
              for m in minutes]
    return case(events(users, stamps, page=[rng.choice(["a", "b"]) for _ in range(n)]),
                rng.choice([15, 30, 45]))
