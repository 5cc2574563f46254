import numpy as np
import pandas as pd

from drill import case, generate

COMPARE = {"name": "frame", "rtol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs
NAN = float("nan")


def report(stores, metrics, quarters, values):
    columns = pd.MultiIndex.from_tuples([(m, q) for m in metrics for q in quarters], names=["metric", "quarter"])
    data = np.array(values, dtype="float64").reshape(len(stores), len(columns))
    return pd.DataFrame(data, index=pd.Index(stores, name="store", dtype="str"), columns=columns)


def tidy(stores, quarters, revenue, cost, margin):
    return pd.DataFrame({"store": pd.Series(stores, dtype="str"), "quarter": pd.Series(quarters, dtype="str"),
                         "revenue": pd.Series(revenue, dtype="float64"), "cost": pd.Series(cost, dtype="float64"),
                         "margin": pd.Series(margin, dtype="float64")})


EXAMPLE = report(["north", "east", "west"], ["revenue", "cost"], ["Q1", "Q2"],
                 [[100.0, 120.0, 60.0, 70.0], [80.0, NAN, 90.0, NAN], [0.0, 50.0, 10.0, NAN]])

CASES = [
    case(EXAMPLE, expected=tidy(["east", "north", "north", "west", "west"], ["Q1", "Q1", "Q2", "Q1", "Q2"],
                                [80.0, 100.0, 120.0, 0.0, 50.0], [90.0, 60.0, 70.0, 10.0, NAN],
                                [-0.125, 0.4, 50 / 120, NAN, NAN]),
         sample=True, name="worked example"),
    case(report(["s"], ["cost", "revenue"], ["Q1", "Q2"], [[1.0, 2.0, 4.0, 8.0]]),
         expected=tidy(["s", "s"], ["Q1", "Q2"], [4.0, 8.0], [1.0, 2.0], [0.75, 0.75]),
         sample=True, name="metrics in the other order"),
    case(report(["a", "b"], ["revenue", "cost"], ["Q1"], [[NAN, 5.0], [NAN, NAN]]),
         expected=tidy(["a"], ["Q1"], [NAN], [5.0], [NAN]),
         sample=True, name="only cost known: kept; nothing known: left out"),
    case(report([], ["revenue", "cost"], ["Q1", "Q2"], np.empty((0, 4))),
         expected=tidy([], [], [], [], []), name="no stores"),
    case(report(["a"], ["revenue", "cost"], ["Q1", "Q2"], [[NAN] * 4]),
         expected=tidy([], [], [], [], []), name="all values missing"),
    case(report(["z", "a"], ["revenue", "cost"], ["Q4", "Q1", "Q3"], [[1, 2, 3, 1, 1, 1], [4, 5, 6, 2, 2, 2]]),
         expected=tidy(["a", "a", "a", "z", "z", "z"], ["Q1", "Q3", "Q4", "Q1", "Q3", "Q4"],
                       [5.0, 6.0, 4.0, 2.0, 3.0, 1.0], [2.0] * 3 + [1.0] * 3,
                       [0.6, 2 / 3, 0.5, 0.5, 2 / 3, 0.0]),
         name="stores and quarters come out sorted"),
    case(report(["i", "j"], ["revenue", "cost"], ["Q1"], [[8, 2], [4, 4]]).astype("int64"),
         expected=tidy(["i", "j"], ["Q1", "Q1"], [8.0, 4.0], [2.0, 4.0], [0.75, 0.0]),
         name="integer values come out as float64"),
    case(report(["solo"], ["revenue", "cost"], ["Q1"], [[0.0, 0.0]]),
         expected=tidy(["solo"], ["Q1"], [0.0], [0.0], [NAN]), name="zero revenue and zero cost"),
    case(report(["n"], ["revenue", "cost"], ["Q1"], [[-50.0, 25.0]]),
         expected=tidy(["n"], ["Q1"], [-50.0], [25.0], [1.5]), name="a negative revenue (refunds)"),
    case(report(["big"], ["revenue", "cost"], ["Q1", "Q2"], [[1e300, 1e-300, 5e299, 1e-300]]),
         expected=tidy(["big", "big"], ["Q1", "Q2"], [1e300, 1e-300], [5e299, 1e-300], [0.5, 0.0]),
         name="extreme magnitudes"),
    case(report(["a", "b"], ["revenue", "cost"], ["2023Q4", "2024Q1"], [[10, 20, 5, 5], [30, NAN, NAN, 1]]),
         expected=tidy(["a", "a", "b", "b"], ["2023Q4", "2024Q1", "2023Q4", "2024Q1"], [10.0, 20.0, 30.0, NAN],
                       [5.0, 5.0, NAN, 1.0], [0.5, 0.75, NAN, NAN]),
         name="quarter labels with years; missing in different places"),
]


@generate(count=10, seed=97)
def random_reports(rng):
    stores = rng.sample(["n", "s", "e", "w", "c"], rng.randint(1, 4))
    quarters = sorted(rng.sample(["Q1", "Q2", "Q3", "Q4"], rng.randint(1, 4)))
    metrics = rng.choice([["revenue", "cost"], ["cost", "revenue"]])
    values = [[NAN if rng.random() < 0.2 else float(rng.randint(0, 20)) for _ in range(2 * len(quarters))]
              for _ in stores]
    return case(report(stores, metrics, quarters, values))
