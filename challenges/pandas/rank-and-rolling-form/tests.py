import numpy as np
import pandas as pd

from drill import case, generate

COMPARE = {"name": "frame", "rtol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs
NAN = float("nan")


def scores(players, games, points, index=None):
    if isinstance(points, list) and any(p is None for p in points):
        points = pd.Series(points, dtype="float64", index=index)
    return pd.DataFrame({"player": pd.Series(players, dtype="str", index=index),
                         "game": pd.Series(games, dtype="int64", index=index),
                         "points": points}, index=index)


def featured(frame, ranks, form):
    out = frame.copy()
    out["game_rank"] = pd.array(ranks, dtype="Int64")
    out["form"] = pd.Series(form, dtype="float64", index=frame.index)
    return out


def _large():
    g = np.random.default_rng(99)
    players, games, per_game = 2_000, 250, 400
    who = np.concatenate([g.choice(players, per_game, replace=False) for _ in range(games)])
    game = np.repeat(np.arange(1, games + 1), per_game)
    n = len(game)
    perm = g.permutation(n)
    points = g.integers(0, 40, size=n).astype("float64")      # small integers: many ties
    points[g.random(n) < 0.05] = np.nan
    names = np.array([f"p{i:04d}" for i in range(players)])
    return scores(names[who[perm]], game[perm], points)


EXAMPLE = scores(["bob", "ann", "ann", "cy", "ann", "bob", "cy", "ann", "bob"],
                 [2, 1, 4, 1, 3, 1, 2, 2, 3],
                 [None, 10.0, 9.0, 8.0, 7.0, 8.0, 12.0, 5.0, 7.0],
                 index=[4, 0, 8, 2, 6, 1, 5, 3, 7])

TIES = scores(["a", "b", "c", "d", "e"], [1] * 5, [10.0, 8.0, 8.0, 5.0, 10.0])

CASES = [
    case(EXAMPLE, 2,
         expected=featured(EXAMPLE, [None, 1, 1, 2, 1, 2, 1, 2, 1],
                           [8.0, NAN, 6.0, NAN, 7.5, NAN, 8.0, 10.0, 8.0]),
         sample=True, name="worked example (shuffled rows, custom index)"),
    case(TIES, 3, expected=featured(TIES, [1, 3, 3, 5, 1], [NAN] * 5),
         sample=True, name="competition ranking: 10, 10, 8, 8, 5 rank 1, 1, 3, 3, 5"),
    case(scores(["x"] * 5, [1, 2, 3, 4, 5], [1.0, 2.0, 3.0, 4.0, 5.0]), 3,
         expected=featured(scores(["x"] * 5, [1, 2, 3, 4, 5], [1.0, 2.0, 3.0, 4.0, 5.0]),
                           [1] * 5, [NAN, 1.0, 1.5, 2.0, 3.0]),
         sample=True, name="form is the mean of the previous 3 games, never the current one"),
    case(scores([], [], pd.Series([], dtype="float64")), 3,
         expected=featured(scores([], [], pd.Series([], dtype="float64")), [], []),
         name="empty input"),
    case(scores(["solo"], [7], [3.5]), 1,
         expected=featured(scores(["solo"], [7], [3.5]), [1], [NAN]), name="a single row"),
    case(scores(["a", "a", "a", "a"], [9, 1, 5, 3], [4.0, 1.0, 3.0, 2.0]), 1,
         expected=featured(scores(["a", "a", "a", "a"], [9, 1, 5, 3], [4.0, 1.0, 3.0, 2.0]),
                           [1, 1, 1, 1], [3.0, NAN, 2.0, 1.0]),
         name="window 1 is the previous game; game numbers with gaps, rows out of order"),
    case(scores(["a", "b", "a", "b", "a", "b"], [1, 1, 2, 2, 3, 3],
                [1.0, 100.0, 2.0, 200.0, 3.0, 300.0]), 5,
         expected=featured(scores(["a", "b", "a", "b", "a", "b"], [1, 1, 2, 2, 3, 3],
                                  [1.0, 100.0, 2.0, 200.0, 3.0, 300.0]),
                           [2, 1, 2, 1, 2, 1], [NAN, NAN, 1.0, 100.0, 1.5, 150.0]),
         name="windows never cross from one player into another"),
    case(scores(["m"] * 4 + ["k"] * 4, [1, 2, 3, 4] * 2,
                [None, None, 6.0, None, 2.0, None, None, 4.0]), 2,
         expected=featured(scores(["m"] * 4 + ["k"] * 4, [1, 2, 3, 4] * 2,
                                  [None, None, 6.0, None, 2.0, None, None, 4.0]),
                           [None, None, 1, None, 1, None, None, 1],
                           [NAN, NAN, NAN, 6.0, NAN, 2.0, 2.0, NAN]),
         name="missing points: no rank, skipped in the window, NaN when the window has none"),
    case(scores(["p", "q", "r"], [1, 1, 1], [0.0, -3.0, 0.0]), 2,
         expected=featured(scores(["p", "q", "r"], [1, 1, 1], [0.0, -3.0, 0.0]),
                           [1, 3, 1], [NAN, NAN, NAN]),
         name="zero and negative points; a tie for first"),
    case(pd.DataFrame({"player": ["u", "v", "u", "v"], "game": [1, 1, 2, 2],
                       "points": pd.array([5, 7, None, 7], dtype="Int64")}), 2,
         name="nullable Int64 points with <NA>"),
    case(pd.DataFrame({"player": ["u", "v", "u", "v", "u"], "game": [1, 1, 2, 2, 3],
                       "points": [5, 7, 9, 7, 1], "team": ["r", "b", "r", "b", "r"]},
                      index=["g1u", "g1v", "g2u", "g2v", "g3u"]), 10,
         name="int64 points, an extra column, a string index, a window longer than the history"),
    case(_large(), 3, time_limit=4.0,
         name="100,000 rows, 2,000 players, 250 games (a Python loop over rows is too slow)"),
]


@generate(count=8, seed=8)
def random_seasons(rng):
    players = ["al", "bo", "cy", "di", "ed"][: rng.randint(1, 5)]
    rows = [(p, gm, None if rng.random() < 0.15 else float(rng.randint(0, 6)))
            for gm in range(1, rng.randint(2, 10)) for p in players if rng.random() < 0.7]
    if not rows:
        rows = [("al", 1, 1.0)]
    rng.shuffle(rows)
    ps, gs, pts = zip(*rows)
    return case(scores(list(ps), list(gs), list(pts)), rng.randint(1, 4))
