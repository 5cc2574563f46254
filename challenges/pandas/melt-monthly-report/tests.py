import pandas as pd

from drill import case, generate

COMPARE = {"name": "frame", "rtol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs
NAN = float("nan")


def report(stores, regions, months, **extra):
    frame = pd.DataFrame({"store": pd.Series(stores, dtype="str"), "region": pd.Series(regions, dtype="str")})
    for name, values in extra.items():
        frame[name] = values
    for name, values in months.items():
        frame[name] = pd.Series(values, dtype="float64") if None in values else values
    return frame


def tidy(stores, regions, months, sales, shares, **extra):
    frame = pd.DataFrame({"store": pd.Series(stores, dtype="str"), "region": pd.Series(regions, dtype="str")})
    for name, values in extra.items():
        frame[name] = values
    frame["month"] = pd.to_datetime(pd.Series(months, dtype="str"), format="%Y-%m")
    frame["sales"] = pd.Series(sales, dtype="float64")
    frame["region_share"] = pd.Series(shares, dtype="float64")
    return frame


EXAMPLE = report(["s2", "s1", "s3"], ["north", "south", "north"],
                 {"2024-02": [5.0, None, 15.0], "2024-01": [3.0, 4.0, None]})

CASES = [
    case(EXAMPLE,
         expected=tidy(["s1", "s2", "s2", "s3"], ["south", "north", "north", "north"],
                       ["2024-01", "2024-01", "2024-02", "2024-02"], [4.0, 3.0, 5.0, 15.0],
                       [1.0, 1.0, 0.25, 0.75]),
         sample=True, name="worked example"),
    case(report(["a"], ["r"], {"2023-12": [1.0], "2024-01": [0.0]}, manager=["kim"]),
         expected=tidy(["a", "a"], ["r", "r"], ["2023-12", "2024-01"], [1.0, 0.0], [1.0, NAN],
                       manager=["kim", "kim"]),
         sample=True, name="an extra column is an id; a zero is kept; 0 / 0 is NaN"),
    case(report(["b", "a"], ["x", "x"], {"2024-03": [1, 3], "2024-01": [2, 2], "2023-11": [5, 0]}),
         expected=tidy(["a", "a", "a", "b", "b", "b"], ["x"] * 6,
                       ["2023-11", "2024-01", "2024-03", "2023-11", "2024-01", "2024-03"],
                       [0.0, 2.0, 3.0, 5.0, 2.0, 1.0], [0.0, 0.5, 0.75, 1.0, 0.5, 0.25]),
         sample=True, name="int64 sales; month columns out of order are sorted by date"),
    case(report([], [], {"2024-01": pd.Series([], dtype="float64")}),
         expected=tidy([], [], [], [], []), name="no stores"),
    case(report(["a", "b"], ["r", "s"], {"2024-01": [None, None]}),
         expected=tidy([], [], [], [], []), name="no recorded sales"),
    case(report(["solo"], ["r"], {"2024-06": [7.5]}),
         expected=tidy(["solo"], ["r"], ["2024-06"], [7.5], [1.0]), name="one store, one month"),
    case(report(["a", "b", "c"], ["n", "s", "n"], {"2024-01": [1.0, 2.0, 3.0]}),
         expected=tidy(["a", "b", "c"], ["n", "s", "n"], ["2024-01"] * 3, [1.0, 2.0, 3.0],
                       [0.25, 1.0, 0.75]),
         name="shares are within the region"),
    case(report(["a", "b"], ["n", "n"], {"2024-01": [1.0, 3.0], "2024-02": [1.0, None]}),
         expected=tidy(["a", "a", "b"], ["n", "n", "n"], ["2024-01", "2024-02", "2024-01"],
                       [1.0, 1.0, 3.0], [0.25, 1.0, 0.75]),
         name="shares are within the month; a missing store does not count in the total"),
    case(report(["a", "b"], ["n", "n"], {"2024-01": [1.0, 2.0], "notes": ["x", "y"], "2024-1": [9.0, 9.0],
                                          "FY2024-01": [8.0, 8.0]}),
         expected=tidy(["a", "b"], ["n", "n"], ["2024-01", "2024-01"], [1.0, 2.0], [1 / 3, 2 / 3],
                       notes=["x", "y"], **{"2024-1": [9.0, 9.0], "FY2024-01": [8.0, 8.0]}),
         name="only exact YYYY-MM names are months"),
    case(report(["B", "a"], ["r", "r"], {"2024-01": [1e300, 1e300]}),
         expected=tidy(["B", "a"], ["r", "r"], ["2024-01", "2024-01"], [1e300, 1e300], [0.5, 0.5]),
         name="store order is plain string order (upper case first); huge sales"),
    case(report(["a", "b"], ["r", "r"], {"2024-01": [1e-300, 3e-300]}),
         expected=tidy(["a", "b"], ["r", "r"], ["2024-01", "2024-01"], [1e-300, 3e-300], [0.25, 0.75]),
         name="tiny sales"),
]


@generate(count=10, seed=43)
def random_reports(rng):
    stores = [f"s{i}" for i in rng.sample(range(10), rng.randint(1, 5))]
    months = rng.sample(["2023-11", "2023-12", "2024-01", "2024-02"], rng.randint(1, 4))
    return case(report(stores, [rng.choice(["n", "s"]) for _ in stores],
                       {m: [None if rng.random() < 0.25 else float(rng.randint(0, 9)) for _ in stores]
                        for m in months}))
