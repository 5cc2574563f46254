import numpy as np
import pandas as pd

from drill import case, generate

COMPARE = {"name": "frame", "check_index": False}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs
COLUMNS = ["user", "date", "weekday", "events", "night_events"]
EMPTY = pd.DataFrame(columns=COLUMNS)


def events(users, stamps):
    return pd.DataFrame({"user": pd.Series(users, dtype="str"), "ts": pd.Series(stamps, dtype="str")})


def days(rows):
    """Expected rows: (user, "YYYY-MM-DD", events, night_events); weekday derived here."""
    out = pd.DataFrame(rows, columns=["user", "date", "events", "night_events"])
    out["user"] = out["user"].astype("str")
    out["date"] = pd.to_datetime(out["date"])
    out["weekday"] = out["date"].dt.weekday.astype("int64")
    return out.astype({"events": "int64", "night_events": "int64"})[COLUMNS]


def _large():
    g = np.random.default_rng(21)
    n, u = 100_000, 100
    names = np.array([f"user{i:03d}" for i in range(u)])
    start = pd.Timestamp("2024-01-01")
    when = start + pd.to_timedelta(g.integers(0, 90 * 86_400, size=n), unit="s")
    text = np.where(g.random(n) < 0.5, when.strftime("%Y-%m-%d %H:%M:%S"),
                    when.strftime("%Y-%m-%dT%H:%M"))
    text[g.random(n) < 0.01] = "n/a"
    return events(names[g.integers(0, u, size=n)], text)


CASES = [
    case(events(["bo", "al", "bo", "al", "al", None, "bo", "al"],
                ["2024-03-04 09:15:00", "2024-03-02T23:59:59", "2024-03-06 02:30",
                 "2024-03-02 05:00:00", "bad timestamp", "2024-03-03 12:00:00",
                 "2024-03-04T09:20:00", "2024-03-03 00:00:00"]),
         expected=days([("al", "2024-03-02", 2, 1), ("al", "2024-03-03", 1, 1),
                        ("bo", "2024-03-04", 2, 0), ("bo", "2024-03-05", 0, 0),
                        ("bo", "2024-03-06", 1, 1)]),
         sample=True, name="worked example"),
    case(events(["kim"] * 4, ["2024-05-01T08:00:00", "2024-05-01 09:00:00",
                              "2024-05-01T10:00", "2024-05-01 11:00"]),
         expected=days([("kim", "2024-05-01", 4, 0)]),
         sample=True, name="mixed timestamp forms (space or T, with or without seconds) all count"),
    case(events(["x", "x"], ["2024-01-01 12:00:00", "2024-01-05 03:00:00"]),
         expected=days([("x", "2024-01-01", 1, 0), ("x", "2024-01-02", 0, 0),
                        ("x", "2024-01-03", 0, 0), ("x", "2024-01-04", 0, 0),
                        ("x", "2024-01-05", 1, 1)]),
         sample=True, name="three quiet days are filled with zeros"),
    case(events([], []), expected=EMPTY, compare={"name": "frame", "check_index": False, "dtype": "any"},
         name="no events"),
    case(events(["a", None, "b"], ["junk", "2024-01-01 10:00:00", "2024-02-30 10:00:00"]),
         expected=EMPTY, compare={"name": "frame", "check_index": False, "dtype": "any"},
         name="no usable row: invalid timestamps or no user"),
    case(events(["z"], ["2024-07-14 06:00:00"]), expected=days([("z", "2024-07-14", 1, 0)]),
         name="a single event at 06:00 is not a night event"),
    case(events(["n"] * 5, ["2024-04-01 00:00:00", "2024-04-01 05:59:59", "2024-04-01 06:00:00",
                            "2024-04-01 23:59:59", "2024-04-02T00:00:00"]),
         expected=days([("n", "2024-04-01", 4, 2), ("n", "2024-04-02", 1, 1)]),
         name="day and night boundaries"),
    case(events(["early", "late", "early", "late"],
                ["2024-01-01 10:00", "2024-01-20 10:00", "2024-01-02 10:00", "2024-01-21 10:00"]),
         expected=days([("early", "2024-01-01", 1, 0), ("early", "2024-01-02", 1, 0),
                        ("late", "2024-01-20", 1, 0), ("late", "2024-01-21", 1, 0)]),
         name="each user only over their own range (not the global one)"),
    case(events(["Bo", "bo", "al"], ["2024-03-01 12:00", "2024-03-01 13:00", "2024-03-01 14:00"]),
         expected=days([("Bo", "2024-03-01", 1, 0), ("al", "2024-03-01", 1, 0),
                        ("bo", "2024-03-01", 1, 0)]),
         name="users are case-sensitive; uppercase sorts first"),
    case(events(["y"] * 3, ["2023-12-31T23:30:00", "2024-01-01 00:30:00", "2024-01-01T01:00"]),
         expected=days([("y", "2023-12-31", 1, 0), ("y", "2024-01-01", 2, 2)]),
         name="across a year boundary"),
    case(events(["leap", "leap"], ["2024-02-28 12:00:00", "2024-03-01 12:00:00"]),
         expected=days([("leap", "2024-02-28", 1, 0), ("leap", "2024-02-29", 0, 0),
                        ("leap", "2024-03-01", 1, 0)]),
         name="a leap day is a quiet day like any other"),
    case(pd.DataFrame({"user": pd.Series(["o", None, "o"], dtype=object),
                       "ts": pd.Series(["2024-06-02 04:00:00", "2024-06-01 04:00:00", None],
                                       dtype=object)}),
         expected=days([("o", "2024-06-02", 1, 1)]),
         name="object columns with None"),
    case(events(["p", "p", "q"], ["2024-06-03 10:00", "2024-06-03 24:00", "2024-06-03 12:61"]),
         expected=days([("p", "2024-06-03", 1, 0)]),
         name="out-of-range times are invalid"),
    case(_large(), time_limit=5.0,
         name="100,000 events, 100 users, 90 days (iterrows is too slow)"),
]


@generate(count=8, seed=13)
def random_logs(rng):
    n = rng.randint(1, 40)
    users, stamps = [], []
    for _ in range(n):
        users.append(None if rng.random() < 0.05 else rng.choice(["al", "bo", "Cy", "dee"]))
        if rng.random() < 0.08:
            stamps.append(rng.choice(["", "oops", "2024-02-31 10:00:00"]))
            continue
        day, hour, minute = rng.randint(1, 12), rng.randint(0, 23), rng.randint(0, 59)
        sep = rng.choice([" ", "T"])
        tail = rng.choice(["", f":{rng.randint(0, 59):02d}"])
        stamps.append(f"2024-03-{day:02d}{sep}{hour:02d}:{minute:02d}{tail}")
    users[0], stamps[0] = "al", "2024-03-05 12:00"   # never an empty result
    return case(events(users, stamps))
