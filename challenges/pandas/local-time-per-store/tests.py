import numpy as np
import pandas as pd

from drill import case, generate

COMPARE = {"name": "frame"}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

ZONES = ["Europe/Berlin", "America/New_York", "Asia/Tokyo", "Asia/Kolkata", "Australia/Sydney", "UTC"]


def orders(stamps, zones, index=None, **extra):
    frame = pd.DataFrame({"order_id": list(range(1, len(stamps) + 1)),
                          "ts": pd.Series(stamps, dtype="str", index=index),
                          "store_tz": pd.Series(zones, dtype="str", index=index)}, index=index)
    frame.index = frame.index if index is None else index
    for name, values in extra.items():
        frame[name] = values
    return frame


def local(frame, wall_times):
    times = pd.to_datetime(pd.Series(wall_times, dtype="str", index=frame.index), format="ISO8601")
    return frame.assign(local_time=times, local_date=times.dt.normalize(),
                        local_hour=times.dt.hour.astype("int64"), is_weekend=times.dt.dayofweek >= 5)


def _large():
    g = np.random.default_rng(10)
    n = 200_000
    instants = pd.Timestamp("2024-01-01", tz="UTC") + pd.to_timedelta(g.integers(0, 366 * 86400, n), unit="s")
    stamps = instants.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    return orders(list(stamps), list(np.array(ZONES)[g.integers(0, len(ZONES), n)]))


EXAMPLE = orders(["2024-03-31T00:30:00Z", "2024-03-31T01:30:00Z", "2024-03-29T23:30:00+00:00",
                  "2024-11-03T01:30:00-05:00"],
                 ["Europe/Berlin", "Europe/Berlin", "Asia/Tokyo", "America/New_York"])

CASES = [
    case(EXAMPLE, expected=local(EXAMPLE, ["2024-03-31 01:30", "2024-03-31 03:30", "2024-03-30 08:30",
                                           "2024-11-03 01:30"]),
         sample=True, name="worked example: spring forward, a day change, fall back"),
    case(orders(["2024-11-03T05:30:00Z", "2024-11-03T06:30:00Z"], ["America/New_York"] * 2),
         expected=local(orders(["2024-11-03T05:30:00Z", "2024-11-03T06:30:00Z"], ["America/New_York"] * 2),
                        ["2024-11-03 01:30", "2024-11-03 01:30"]),
         sample=True, name="fall back: two instants an hour apart show the same wall time"),
    case(orders(["2024-06-01T09:00:00+05:30", "2024-06-01T09:00:00+05:30"], ["Asia/Kolkata", "UTC"]),
         expected=local(orders(["2024-06-01T09:00:00+05:30", "2024-06-01T09:00:00+05:30"], ["Asia/Kolkata", "UTC"]),
                        ["2024-06-01 09:00", "2024-06-01 03:30"]),
         sample=True, name="the same instant in two stores; a half-hour offset"),
    case(orders([], []), expected=local(orders([], []), []), name="no orders"),
    case(orders(["2024-01-06T12:00:00Z"], ["UTC"]), expected=local(orders(["2024-01-06T12:00:00Z"], ["UTC"]),
                                                                   ["2024-01-06 12:00"]),
         name="one order, a Saturday in UTC"),
    case(orders(["2024-01-07T23:59:59Z", "2024-01-08T00:00:00Z", "2024-01-05T23:00:00Z"], ["UTC"] * 3),
         expected=local(orders(["2024-01-07T23:59:59Z", "2024-01-08T00:00:00Z", "2024-01-05T23:00:00Z"],
                               ["UTC"] * 3), ["2024-01-07 23:59:59", "2024-01-08 00:00:00",
                                              "2024-01-05 23:00:00"]),
         name="Sunday is weekend, Monday and Friday are not"),
    case(orders(["2024-07-01T12:00:00+02:00", "2024-01-01T12:00:00+01:00"], ["Australia/Sydney"] * 2),
         expected=local(orders(["2024-07-01T12:00:00+02:00", "2024-01-01T12:00:00+01:00"],
                               ["Australia/Sydney"] * 2), ["2024-07-01 20:00", "2024-01-01 22:00"]),
         name="southern hemisphere: daylight time in January, standard time in July"),
    case(orders(["2024-03-10T06:59:59Z", "2024-03-10T07:00:00Z"], ["America/New_York"] * 2,
                index=["late", "early"], channel=["app", "web"]),
         expected=local(orders(["2024-03-10T06:59:59Z", "2024-03-10T07:00:00Z"], ["America/New_York"] * 2,
                               index=["late", "early"], channel=["app", "web"]),
                        ["2024-03-10 01:59:59", "2024-03-10 03:00:00"]),
         name="spring forward: 01:59:59 is followed by 03:00:00; a string index and an extra column"),
    case(orders(["2024-12-31T15:00:00Z", "2024-12-31T14:59:59Z"], ["Asia/Tokyo"] * 2),
         expected=local(orders(["2024-12-31T15:00:00Z", "2024-12-31T14:59:59Z"], ["Asia/Tokyo"] * 2),
                        ["2025-01-01 00:00:00", "2024-12-31 23:59:59"]),
         name="the new year arrives early in Tokyo"),
    case(orders(["2024-02-29T20:00:00-10:00"], ["Europe/Berlin"]),
         expected=local(orders(["2024-02-29T20:00:00-10:00"], ["Europe/Berlin"]), ["2024-03-01 07:00"]),
         name="a far-away offset in the string: the store's zone decides"),
    case(_large(), time_limit=4.0, name="200,000 orders (row-by-row conversion is too slow)"),
]


@generate(count=10, seed=47)
def random_orders(rng):
    n = rng.randint(1, 12)
    stamps = [f"2024-{rng.choice([3, 10, 11]):02d}-{rng.randint(1, 30):02d}T{rng.randint(0, 23):02d}:"
              f"{rng.choice([0, 30, 59]):02d}:00{rng.choice(['Z', '+00:00', '-04:00', '+09:00', '+05:30'])}"
              for _ in range(n)]
    return case(orders(stamps, [rng.choice(ZONES) for _ in range(n)]))
