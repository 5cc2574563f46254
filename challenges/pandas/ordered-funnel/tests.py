import numpy as np
import pandas as pd

from drill import case, generate

COMPARE = {"name": "frame", "rtol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs
NAN = float("nan")
STEPS = ["visit", "signup", "buy"]


def events(users, names, minutes, index=None):
    base = pd.Timestamp("2024-01-01")
    stamps = [None if m is None else base + pd.Timedelta(minutes=m) for m in minutes]
    return pd.DataFrame({"user": pd.Series(users, dtype="str", index=index),
                         "event": pd.Series(names, dtype="str", index=index),
                         "ts": pd.Series(stamps, dtype="datetime64[us]", index=index)}, index=index)


def report(steps, users, conversion, overall):
    return pd.DataFrame({"step": pd.Series(steps, dtype="str"), "users": pd.Series(users, dtype="int64"),
                         "conversion": pd.Series(conversion, dtype="float64"),
                         "overall": pd.Series(overall, dtype="float64")})


def _large():
    g = np.random.default_rng(31)
    n, users = 100_000, 20_000
    names = np.array(["visit", "view", "cart", "signup", "buy", "refund"])
    return pd.DataFrame({
        "user": pd.Series(np.char.add("u", g.integers(0, users, n).astype(str)), dtype="str"),
        "event": pd.Series(names[g.integers(0, 6, n)], dtype="str"),
        "ts": pd.Timestamp("2024-01-01") + pd.to_timedelta(g.integers(0, 60 * 24 * 30, n), unit="min"),
    })


EXAMPLE = events(["a", "a", "a", "b", "b", "c", "c", "d"],
                 ["visit", "signup", "buy", "signup", "visit", "visit", "buy", "buy"],
                 [600, 605, 1980, 540, 570, 660, 720, 480])

CASES = [
    case(EXAMPLE, STEPS, expected=report(STEPS, [3, 1, 1], [1.0, 1 / 3, 1.0], [1.0, 1 / 3, 1 / 3]),
         sample=True, name="worked example: order matters"),
    case(events(["a", "a", "b", "b"], ["visit", "buy", "visit", "visit"], [0, 0, 5, 9]), ["visit", "buy"],
         expected=report(["visit", "buy"], [2, 1], [1.0, 0.5], [1.0, 0.5]),
         sample=True, name="an event at the same instant as the previous step counts"),
    case(events(["u", "u", "u"], ["visit", "buy", "visit"], [0, 10, 20]), ["visit", "buy"],
         expected=report(["visit", "buy"], [1, 1], [1.0, 1.0], [1.0, 1.0]),
         sample=True, name="the earliest visit counts: a later visit does not undo the purchase"),
    case(events([], [], []), STEPS, expected=report(STEPS, [0, 0, 0], [NAN] * 3, [NAN] * 3),
         name="no events: every ratio is 0 / 0"),
    case(events(["x"], ["visit"], [3]), ["visit"], expected=report(["visit"], [1], [1.0], [1.0]),
         name="a single step, a single event"),
    case(events(["a", "b"], ["visit", "visit"], [0, 1]), STEPS,
         expected=report(STEPS, [2, 0, 0], [1.0, 0.0, NAN], [1.0, 0.0, 0.0]),
         name="nobody past the first step: 0 / 2 then 0 / 0"),
    case(events(["a", "a", "a", "a"], ["buy", "visit", "signup", "buy"], [0, 5, 3, 9]), STEPS,
         expected=report(STEPS, [1, 0, 0], [1.0, 0.0, NAN], [1.0, 0.0, 0.0]),
         name="signup before the visit does not count, so the later buy does not either"),
    case(events(["a"] * 6, ["visit", "visit", "signup", "signup", "buy", "buy"], [0, 1, 2, 3, 4, 5]), STEPS,
         expected=report(STEPS, [1, 1, 1], [1.0] * 3, [1.0] * 3),
         name="repeated events count the user once"),
    case(events(["a", "a", "a", "b", "b"], ["visit", "signup", "buy", "visit", "signup"],
                [None, 1, 2, 5, None]), STEPS,
         expected=report(STEPS, [1, 0, 0], [1.0, 0.0, NAN], [1.0, 0.0, 0.0]),
         name="events without a timestamp are ignored"),
    case(events(["a", "a", "a", "b", "b", "b"], ["visit", "cart", "buy", "visit", "wishlist", "buy"],
                [0, 1, 2, 0, 1, 2], index=[50, 40, 30, 20, 10, 0]),
         ["visit", "cart", "buy"],
         expected=report(["visit", "cart", "buy"], [2, 1, 1], [1.0, 0.5, 1.0], [1.0, 0.5, 0.5]),
         name="events outside the funnel are ignored; a custom index"),
    case(events(["p", "p", "q", "q", "q"], ["visit", "buy", "buy", "visit", "buy"], [10, 20, 30, 40, 50]),
         ["buy", "visit"],
         expected=report(["buy", "visit"], [2, 1], [1.0, 0.5], [1.0, 0.5]),
         name="steps in an unusual order: the order given decides"),
    case(_large(), ["visit", "view", "cart", "signup", "buy", "refund"], time_limit=4.0,
         name="100,000 events, 20,000 users, 6 steps"),
]


@generate(count=10, seed=53)
def random_journeys(rng):
    n = rng.randint(1, 25)
    return case(events([rng.choice("abcde") for _ in range(n)],
                       [rng.choice(["visit", "signup", "buy", "other"]) for _ in range(n)],
                       [None if rng.random() < 0.05 else rng.randint(0, 8) for _ in range(n)]),
                rng.choice([STEPS, ["visit", "buy"], ["signup", "buy"]]))
