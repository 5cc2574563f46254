import numpy as np
import pandas as pd

from drill import case, generate

COMPARE = {"name": "frame", "check_index": False}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def ts(values):
    return pd.to_datetime(pd.Series(values, dtype="object"))


def _many_ties(seed, n, ids, days):
    """Many rows share each id's latest day: an unstable sort picks the wrong one."""
    g = np.random.default_rng(seed)
    return pd.DataFrame({
        "id": g.integers(0, ids, size=n),
        "updated_at": pd.Timestamp("2024-01-01") + pd.to_timedelta(g.integers(0, days, size=n), unit="D"),
        "version": np.arange(n),
    })


def _large():
    g = np.random.default_rng(5)
    n = 200_000
    when = pd.Timestamp("2023-01-01") + pd.to_timedelta(g.integers(0, 400 * 24, size=n), unit="h")
    df = pd.DataFrame({
        "id": g.integers(0, 50_000, size=n),
        "updated_at": when,
        "score": g.normal(size=n),
        "status": pd.Series(np.array(["new", "active", "closed"])[g.integers(0, 3, size=n)],
                            dtype="str"),
    })
    df.loc[g.random(n) < 0.05, "updated_at"] = pd.NaT
    return df


CASES = [
    case(pd.DataFrame({"id": [2, 1, 2, 1, 3],
                       "updated_at": ts(["2024-05-01", "2024-05-03", "2024-05-02", "2024-05-03", None]),
                       "email": ["b@old", "a@x", "b@new", None, "c@x"]}),
         expected=pd.DataFrame({"id": [1, 2, 3],
                                "updated_at": ts(["2024-05-03", "2024-05-02", None]),
                                "email": [None, "b@new", "c@x"]}),
         sample=True, name="worked example: a tie, a missing email, a NaT-only id"),
    case(pd.DataFrame({"id": ["b", "a", "b", "a"],
                       "updated_at": ts(["2024-01-02 10:00", "2024-01-01 09:00",
                                         "2024-01-02 09:59", None]),
                       "plan": ["pro", "free", "team", "pro"]}),
         expected=pd.DataFrame({"id": ["a", "b"],
                                "updated_at": ts(["2024-01-01 09:00", "2024-01-02 10:00"]),
                                "plan": ["free", "pro"]}),
         sample=True, name="string ids; NaT is older than any timestamp; an earlier row can be the latest"),
    case(pd.DataFrame({"id": [7, 7, 7],
                       "updated_at": ts(["2024-03-01", "2024-03-01", "2024-03-01"]),
                       "v": [1, 2, 3]}),
         expected=pd.DataFrame({"id": [7], "updated_at": ts(["2024-03-01"]), "v": [3]}),
         sample=True, name="three-way tie: the last row wins"),
    case(pd.DataFrame({"id": pd.Series([], dtype="int64"),
                       "updated_at": pd.Series([], dtype="datetime64[ns]"),
                       "v": pd.Series([], dtype="float64")}),
         name="empty input"),
    case(pd.DataFrame({"id": [4], "updated_at": ts([None]), "v": [1.5]}),
         name="single row with NaT"),
    case(pd.DataFrame({"id": [1, 1, 1, 2, 2],
                       "updated_at": ts([None, None, None, None, "2020-01-01"]),
                       "v": [10, 20, 30, 40, 50]}),
         expected=pd.DataFrame({"id": [1, 2], "updated_at": ts([None, "2020-01-01"]),
                                "v": [30, 50]}),
         name="all-NaT id keeps its last row; a real timestamp beats later NaT rows"),
    case(pd.DataFrame({"id": [1, 1, 2],
                       "updated_at": ts(["2024-01-01", "2024-02-01", "2024-01-05"]),
                       "email": ["old@x", None, "z@x"],
                       "phone": [None, "555", None]}),
         expected=pd.DataFrame({"id": [1, 2], "updated_at": ts(["2024-02-01", "2024-01-05"]),
                                "email": [None, "z@x"], "phone": ["555", None]}),
         name="the latest row is kept whole: its missing email is not filled from an older row"),
    case(pd.DataFrame({"id": pd.array([3, None, 1, None, 3], dtype="Int64"),
                       "updated_at": ts(["2024-01-01", "2024-09-09", "2024-01-01", None, "2023-01-01"]),
                       "v": [1, 2, 3, 4, 5]}),
         expected=pd.DataFrame({"id": pd.array([1, 3], dtype="Int64"),
                                "updated_at": ts(["2024-01-01", "2024-01-01"]), "v": [3, 1]}),
         name="nullable Int64 ids: rows with <NA> id are dropped"),
    case(pd.DataFrame({"id": pd.Series(["x", None, "X", "x"], dtype="str"),
                       "updated_at": ts(["2024-01-01", "2024-01-02", "2024-01-01", "2023-12-31"]),
                       "flag": [True, False, False, True]}),
         expected=pd.DataFrame({"id": pd.Series(["X", "x"], dtype="str"),
                                "updated_at": ts(["2024-01-01", "2024-01-01"]),
                                "flag": [False, True]}),
         name="missing string id dropped; ids are case-sensitive; bool column kept"),
    case(pd.DataFrame({"id": [-5, 10, -5, 0],
                       "updated_at": ts(["2024-01-01", "2024-01-01", "2024-01-02", "2024-01-01"]),
                       "v": [1.0, 2.0, 3.0, 4.0]}),
         name="negative and zero ids sort numerically"),
    case(pd.DataFrame({"updated_at": ts(["2024-01-02", "2024-01-01"]), "v": ["a", "b"],
                       "id": [1, 1]}),
         name="column order is kept (id is not first)"),
    case(_many_ties(1, 5000, 50, 3),
         name="5,000 rows with many equal timestamps (an unstable sort breaks ties wrongly)"),
    case(_large(), time_limit=2.0,
         name="200,000 rows, 50,000 ids (filtering once per id is too slow)"),
]


@generate(count=8, seed=23)
def random_feed(rng):
    n = rng.randint(1, 40)
    ids = [rng.randint(0, 6) for _ in range(n)]
    stamps = [None if rng.random() < 0.15 else f"2024-01-{rng.randint(1, 4):02d}" for _ in range(n)]
    values = [None if rng.random() < 0.2 else rng.randint(0, 99) / 4 for _ in range(n)]
    return case(pd.DataFrame({"id": ids, "updated_at": ts(stamps),
                              "value": pd.Series(values, dtype="float64")}))
