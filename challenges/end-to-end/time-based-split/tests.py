import numpy as np
import pandas as pd

from drill import case, generate
from drill.testkit import numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _frame_problem(name, got, want):
    if type(got) is not pd.DataFrame:
        return f"{name}: expected a DataFrame, got {type(got).__name__}"
    if list(got.columns) != list(want.columns):
        return f"{name}: columns must be {list(want.columns)}, got {list(got.columns)}"
    if list(got.index) != list(want.index):
        return f"{name}: rows (index labels, in order) expected {list(want.index)[:12]}, got {list(got.index)[:12]}"
    for col in want.columns:
        if got[col].dtype != want[col].dtype:
            return f"{name}[{col!r}]: dtype must stay {want[col].dtype}, got {got[col].dtype}"
    try:
        pd.testing.assert_frame_equal(got, want, check_exact=True)
    except AssertionError as error:
        return f"{name}: {str(error).splitlines()[0]}"
    return None


def parts_match(actual, expected, *args, **kwargs):
    if type(actual) is not tuple or len(actual) != 2:
        return f"expected a tuple (train, test), got {type(actual).__name__}"
    return _frame_problem("train", actual[0], expected[0]) or _frame_problem("test", actual[1], expected[1])


def scase(*args, **options):
    return case(*args, check=parts_match, **options)


def dates(*values):
    return pd.to_datetime(list(values), format="ISO8601")


ORDERS = pd.DataFrame({
    "order_time": dates("2024-03-04", "2024-02-27", "2024-03-01", "2024-02-10", None,
                        "2024-02-29", "2024-03-12", "2024-02-20"),
    "label_known": dates("2024-04-03", "2024-03-28", "2024-03-31", "2024-02-25", None,
                         "2024-03-30", "2024-04-11", "2024-02-29"),
    "amount": [30.0, 12.5, 80.0, 45.0, 9.9, 60.0, 22.0, 15.0],
}, index=[101, 102, 103, 104, 105, 106, 107, 108])


def _boundaries():
    # cutoff 2024-05-10 12:00, gap 36h -> train < 05-09 00:00; horizon 2D -> test < 05-12 12:00
    times = dates("2024-05-09 00:00:00", "2024-05-08 23:59:59", "2024-05-10 12:00:00",
                  "2024-05-10 11:59:59", "2024-05-12 12:00:00", "2024-05-12 11:59:59",
                  "2024-05-01 00:00:00")
    known = dates("2024-05-10 11:00", "2024-05-10 12:00", "2024-06-01", "2024-06-01",
                  "2024-06-01", "2024-06-01", "2024-05-10 11:59:59")
    return pd.DataFrame({"ts": times.astype("datetime64[ns]"), "known": known.astype("datetime64[ns]"),
                         "id": ["a", "b", "c", "d", "e", "f", "g"]})


def _ties():
    g = np.random.default_rng(8)
    n = 60
    days = pd.Timestamp("2024-01-01") + pd.to_timedelta(g.integers(0, 6, n), unit="D")
    return pd.DataFrame({"day": days, "row": np.arange(n), "city": g.choice(["Oslo", "Lima"], n)},
                        index=g.permutation(n) * 10)


def _large():
    g = np.random.default_rng(21)
    n = 200_000
    t = pd.Timestamp("2023-01-01") + pd.to_timedelta(g.integers(0, 365 * 24 * 60, n), unit="min")
    known = t + pd.to_timedelta(g.integers(0, 60 * 24 * 60, n), unit="min")
    return pd.DataFrame({"t": t, "known": known, "x": g.normal(size=n), "y": g.integers(0, 2, n)})


def _empty_like(frame):
    return frame.iloc[:0]


CASES = [
    scase(ORDERS, "order_time", "2024-03-01",
          kwargs={"gap": "2D", "horizon": "10D", "label_time_col": "label_known"},
          expected=(ORDERS.loc[[104, 108]], ORDERS.loc[[103, 101]]), sample=True,
          name="worked example: gap, horizon, a label known only after the cutoff"),
    scase(ORDERS, "order_time", "2024-03-01", "2D", "10D",
          expected=(ORDERS.loc[[104, 108, 102]], ORDERS.loc[[103, 101]]), sample=True,
          name="without label times, row 102 trains"),
    scase(ORDERS, "order_time", pd.Timestamp("2024-03-01"),
          expected=(ORDERS.loc[[104, 108, 102, 106]], ORDERS.loc[[103, 101, 107]]), sample=True,
          name="defaults: no gap, no horizon, no label delay"),
    scase(_boundaries(), "ts", "2024-05-10 12:00", pd.Timedelta("36h"), "2D",
          name="half-open windows: [.., cutoff - gap) and [cutoff, cutoff + horizon)"),
    scase(_boundaries(), "ts", "2024-05-10 12:00", "36h", kwargs={"label_time_col": "known"},
          name="a label known exactly at the cutoff is not known before it"),
    scase(_ties(), "day", "2024-01-04", "1D", name="60 rows on 6 days: ties keep the frame's order"),
    scase(_ties(), "day", "2024-01-04", kwargs={"horizon": "0D"},
          name="a zero horizon: an empty test set with the same columns"),
    scase(ORDERS, "order_time", "2025-01-01", "30D",
          expected=(ORDERS.loc[[104, 108, 102, 106, 103, 101, 107]], _empty_like(ORDERS)),
          name="a cutoff after every row: everything trains"),
    scase(ORDERS, "order_time", "2020-01-01", kwargs={"label_time_col": "label_known"},
          expected=(_empty_like(ORDERS), ORDERS.loc[[104, 108, 102, 106, 103, 101, 107]]),
          name="a cutoff before every row: everything tests, nothing trains"),
    scase(_empty_like(ORDERS), "order_time", "2024-03-01", name="no rows"),
    scase(pd.DataFrame({"t": pd.to_datetime([None, None]), "v": [1, 2]}), "t", "2024-01-01",
          name="all times missing: both parts empty"),
    scase(_large(), "t", "2023-10-01", "7D", "30D", "known", time_limit=1.5,
          name="200,000 rows (a loop over rows is too slow)"),
]


@generate(count=10, seed=1729)
def random_logs(rng):
    g = numpy_rng(rng)
    n = rng.randint(1, 40)
    t = pd.Timestamp("2024-01-01") + pd.to_timedelta(g.integers(0, 20, n) * 12, unit="h")
    frame = pd.DataFrame({"t": t, "known": t + pd.to_timedelta(g.integers(0, 8, n), unit="D"),
                          "v": g.integers(0, 100, n)}, index=g.permutation(n) + 1000)
    frame.loc[g.random(n) < 0.1, "t"] = pd.NaT
    frame.loc[g.random(n) < 0.1, "known"] = pd.NaT
    cutoff = pd.Timestamp("2024-01-01") + pd.Timedelta(hours=12 * rng.randint(0, 20))
    kwargs = {"gap": f"{rng.choice([0, 12, 24, 36])}h"}
    if rng.random() < 0.6:
        kwargs["horizon"] = f"{rng.randint(0, 5)}D"
    if rng.random() < 0.6:
        kwargs["label_time_col"] = "known"
    return scase(frame, "t", cutoff, kwargs=kwargs)
