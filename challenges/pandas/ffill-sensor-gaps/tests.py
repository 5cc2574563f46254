import numpy as np
import pandas as pd

from drill import case, generate

COMPARE = {"name": "frame", "rtol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs
NAN = float("nan")
BASE = pd.Timestamp("2024-01-01")


def readings(devices, minutes, temps, index=None, **extra):
    frame = pd.DataFrame({"device": pd.Series(devices, dtype="str", index=index),
                          "ts": pd.Series([BASE + pd.Timedelta(minutes=m) for m in minutes],
                                          dtype="datetime64[us]", index=index),
                          "temp": pd.Series(temps, dtype="float64", index=index)}, index=index)
    for name, values in extra.items():
        frame[name] = values
    return frame


def filled(frame, temps, flags, ages):
    return frame.assign(temp=pd.Series(temps, dtype="float64", index=frame.index),
                        filled=pd.Series(flags, dtype="bool", index=frame.index),
                        age_min=pd.Series(ages, dtype="float64", index=frame.index))


def _large():
    g = np.random.default_rng(8)
    n, devices = 500_000, 10_000
    device = g.integers(0, devices, n)
    minutes = np.arange(n)            # unique times, so unique within a device
    temp = g.normal(20, 5, n)
    temp[g.random(n) < 0.2] = np.nan
    perm = g.permutation(n)
    return pd.DataFrame({"device": pd.Series([f"d{i:05d}" for i in device[perm]], dtype="str"),
                         "ts": BASE + pd.to_timedelta(minutes[perm], unit="min"),
                         "temp": temp[perm]})


EXAMPLE = readings(["a", "b", "a", "a", "a", "b", "a", "a"], [0, 0, 20, 10, 30, 10, 40, 50],
                   [20.0, None, None, None, None, 5.0, None, 23.0])
RUN = readings(["x"] * 6, [0, 1, 2, 3, 4, 5], [1.0, None, None, None, None, 2.0])

CASES = [
    case(EXAMPLE, expected=filled(EXAMPLE, [20.0, NAN, 20.0, 20.0, NAN, 5.0, NAN, 23.0],
                                  [False, False, True, True, False, False, False, False],
                                  [0.0, NAN, 20.0, 10.0, NAN, 0.0, NAN, 0.0]),
         sample=True, name="worked example (default limit 2)"),
    case(RUN, 3, expected=filled(RUN, [1.0, 1.0, 1.0, 1.0, NAN, 2.0], [False, True, True, True, False, False],
                                     [0, 1, 2, 3, NAN, 0]),
         sample=True, name="limit=3 fills three of a run of four"),
    case(readings(["p", "q", "p", "q"], [0, 5, 1, 6], [7.0, None, None, None]), 5,
         expected=filled(readings(["p", "q", "p", "q"], [0, 5, 1, 6], [7.0, None, None, None]),
                         [7.0, NAN, 7.0, NAN], [False, False, True, False], [0, NAN, 1, NAN]),
         sample=True, name="values never cross devices"),
    case(RUN, 1, expected=filled(RUN, [1.0, 1.0, NAN, NAN, NAN, 2.0], [False, True] + [False] * 4,
                              [0, 1, NAN, NAN, NAN, 0]),
         name="limit=1"),
    case(readings(["x"] * 5, [0, 1, 2, 3, 4], [1.0, None, 2.0, None, None]),
         expected=filled(readings(["x"] * 5, [0, 1, 2, 3, 4], [1.0, None, 2.0, None, None]),
                         [1.0, 1.0, 2.0, 2.0, 2.0], [False, True, False, True, True],
                         [0, 1, 0, 1, 2]),
         name="the limit restarts after every known reading"),
    case(readings(["z"] * 4, [30, 0, 20, 10], [None, 4.0, None, -3.5], index=[9, 8, 7, 6]), 1,
         expected=filled(readings(["z"] * 4, [30, 0, 20, 10], [None, 4.0, None, -3.5], index=[9, 8, 7, 6]),
                         [NAN, 4.0, -3.5, -3.5], [False, False, True, False],
                         [NAN, 0, 10, 0]),
         name="time order, not row order; a custom index; the gap after the filled row is another run"),
    case(readings([], [], []), expected=filled(readings([], [], []), [], [], []), name="empty input"),
    case(readings(["s"], [0], [None]), expected=filled(readings(["s"], [0], [None]), [NAN], [False], [NAN]),
         name="a single missing reading with nothing before it"),
    case(readings(["s"], [0], [0.0]), expected=filled(readings(["s"], [0], [0.0]), [0.0], [False], [0.0]),
         name="a single reading of 0.0"),
    case(readings(["a", "a", "a"], [0, 1, 2], [None, None, 1e-300], site=["n", "n", "s"]),
         expected=filled(readings(["a", "a", "a"], [0, 1, 2], [None, None, 1e-300], site=["n", "n", "s"]),
                         [NAN, NAN, 1e-300], [False] * 3, [NAN, NAN, 0]),
         name="leading gaps stay missing; an extra column is kept"),
    case(readings(["m", "m", "m"], [0, 1, 2], [-1e300, None, None]), 2,
         expected=filled(readings(["m", "m", "m"], [0, 1, 2], [-1e300, None, None]),
                         [-1e300, -1e300, -1e300], [False, True, True], [0, 1, 2]),
         name="extreme values are copied exactly"),
    case(readings(["w"] * 4, [0, 90, 1500, 1501], [3.0, None, None, 4.0]),
         expected=filled(readings(["w"] * 4, [0, 90, 1500, 1501], [3.0, None, None, 4.0]),
                         [3.0, 3.0, 3.0, 4.0], [False, True, True, False], [0, 90, 1500, 0]),
         name="the limit counts readings, not minutes; ages of 90 min and over a day"),
    case(_large(), 3, time_limit=4.0, name="500,000 rows, 10,000 devices"),
]


@generate(count=10, seed=19)
def random_logs(rng):
    rows = [(d, m) for d in "abc" for m in range(rng.randint(1, 10))]
    rng.shuffle(rows)
    temps = [None if rng.random() < 0.45 else float(rng.randint(-5, 30)) for _ in rows]
    return case(readings([r[0] for r in rows], [r[1] for r in rows], temps), rng.randint(1, 3))
