import numpy as np
import pandas as pd

from drill import case, generate

COMPARE = {"name": "frame"}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def people(ids, emails, verified, updated, **extra):
    frame = pd.DataFrame({"customer_id": pd.Series(ids, dtype="int64"),
                          "email": pd.Series(emails, dtype="str"),
                          "verified": pd.Series(verified, dtype="bool"),
                          "updated_at": pd.to_datetime(pd.Series(updated, dtype="object"),
                                                       format="ISO8601").astype("datetime64[us]")})
    for name, values in extra.items():
        frame[name] = pd.Series(values, dtype="str") if all(isinstance(v, str) or v is None for v in values) \
            else values
    return frame


def kept(frame, rows, duplicates):
    return frame.iloc[rows].assign(duplicates=pd.Series(duplicates, dtype="int64").to_numpy()).reset_index(drop=True)


def _large():
    g = np.random.default_rng(61)
    n = 200_000
    base = g.integers(0, 120_000, n)
    emails = np.char.add(np.char.add("user", base.astype(str)), "@mail.com")
    upper = g.random(n) < 0.3
    emails = np.where(upper, np.char.upper(emails), emails)
    frame = people(np.arange(n), list(emails), list(g.random(n) < 0.4),
                   list(pd.Timestamp("2023-01-01") + pd.to_timedelta(g.integers(0, 700, n), unit="D")))
    frame["phone"] = pd.Series(np.where(g.random(n) < 0.5, "555", None), dtype="str")
    frame.loc[g.random(n) < 0.05, "email"] = None
    return frame


EXAMPLE = people([1, 2, 3, 4, 5, 6, 7],
                 ["Ann@x.com", " ann@x.com ", "bo@y.org", "BO@y.org", None, "  ", "ann@X.com"],
                 [False, True, False, False, True, False, True],
                 ["2024-01-01", "2023-01-01", "2024-02-01", "2024-03-01", "2024-01-01", None, "2024-05-01"],
                 phone=["555", None, "1", "2", None, None, "777"])

CASES = [
    case(EXAMPLE, expected=kept(EXAMPLE, [3, 4, 5, 6], [1, 0, 0, 2]), sample=True, name="worked example"),
    case(people([10, 11], ["a@x", "a@x"], [False, True], ["2024-06-01", "2020-01-01"]),
         expected=kept(people([10, 11], ["a@x", "a@x"], [False, True], ["2024-06-01", "2020-01-01"]), [1], [1]),
         sample=True, name="verified beats a newer unverified row"),
    case(people([8, 3, 5], ["c@x", "C@X", "c@x "], [True, True, True], ["2024-01-01"] * 3),
         expected=kept(people([8, 3, 5], ["c@x", "C@X", "c@x "], [True, True, True], ["2024-01-01"] * 3),
                       [1], [2]),
         sample=True, name="a full tie: the smallest customer_id wins"),
    case(people([], [], [], []), expected=kept(people([], [], [], []), [], []), name="empty input"),
    case(people([1], [None], [False], [None]), expected=kept(people([1], [None], [False], [None]), [0], [0]),
         name="one row without email or date"),
    case(people([1, 2, 3], [None, None, ""], [True, True, False], [None, None, None]),
         expected=kept(people([1, 2, 3], [None, None, ""], [True, True, False], [None, None, None]),
                       [0, 1, 2], [0, 0, 0]),
         name="missing and blank emails are never duplicates of each other"),
    case(people([1, 2], ["d@x", "d@x"], [True, True], ["2024-01-01", "2024-01-01"], phone=[None, "1"],
                city=["Oslo", None]),
         expected=kept(people([1, 2], ["d@x", "d@x"], [True, True], ["2024-01-01", "2024-01-01"],
                              phone=[None, "1"], city=["Oslo", None]), [0], [1]),
         name="equally complete: the tie falls to the smallest id, and values are never combined"),
    case(people([1, 2], ["e@x", "e@x"], [False, False], ["2024-01-01", "2024-01-01"], phone=[None, "1"]),
         expected=kept(people([1, 2], ["e@x", "e@x"], [False, False], ["2024-01-01", "2024-01-01"],
                              phone=[None, "1"]), [1], [1]),
         name="the more complete row wins over the smaller id"),
    case(people([1, 2], ["f@x", "f@x"], [False, False], ["2024-01-01", "2024-01-02"], phone=["9", None]),
         expected=kept(people([1, 2], ["f@x", "f@x"], [False, False], ["2024-01-01", "2024-01-02"],
                              phone=["9", None]), [0], [1]),
         name="completeness outranks recency"),
    case(people([4, 2, 9], ["g@x", "g@x", "g@x"], [False, False, False], [None, "2001-01-01", None]),
         expected=kept(people([4, 2, 9], ["g@x", "g@x", "g@x"], [False, False, False], [None, "2001-01-01", None]),
                       [1], [2]),
         name="NaT is older than any date"),
    case(people([30, 20, 10], ["h@x", "i@x", "h@x"], [False, False, False], [None, None, None]),
         expected=kept(people([30, 20, 10], ["h@x", "i@x", "h@x"], [False, False, False], [None, None, None]),
                       [2, 1], [1, 0]),
         name="only NaT dates: the smallest id; the result is sorted by id"),
    case(people([1, 2], ["Straße@x.de", "STRASSE@x.de"], [True, False], [None, None]),
         expected=kept(people([1, 2], ["Straße@x.de", "STRASSE@x.de"], [True, False], [None, None]),
                       [0, 1], [0, 0]),
         name="lower() only: ß and SS are different emails"),
    case(_large(), time_limit=4.0, name="200,000 rows"),
]


@generate(count=10, seed=67)
def random_crm(rng):
    n = rng.randint(1, 14)
    ids = rng.sample(range(100), n)
    emails = [rng.choice(["a@x", "A@x", " a@x", "b@x", "B@X ", None, " "]) for _ in range(n)]
    dates = [None if rng.random() < 0.3 else f"2024-01-0{rng.randint(1, 3)}" for _ in range(n)]
    return case(people(ids, emails, [rng.random() < 0.4 for _ in range(n)], dates,
                       phone=[None if rng.random() < 0.5 else "1" for _ in range(n)]))
