import numpy as np
import pandas as pd

from drill import case, generate

COMPARE = {"name": "frame"}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def sales(regions, months, amounts, **extra):
    if isinstance(amounts, list) and any(a is None for a in amounts):
        amounts = pd.Series(amounts, dtype="float64")
    return pd.DataFrame({"region": regions, "month": months, "amount": amounts, **extra})


def table(index, columns, rows):
    """Expected table: rows of month values; the total is added here."""
    out = pd.DataFrame(rows, index=pd.Index(index, name="region"),
                       columns=pd.Index(columns, name="month"), dtype="float64")
    out["total"] = out.sum(axis=1)
    return out


EMPTY = pd.DataFrame(columns=["total"], dtype="float64")


def _large():
    g = np.random.default_rng(3)
    n = 200_000
    regions = np.array([f"r{i:03d}" for i in range(300)])
    months = np.array([f"{y}-{m:02d}" for y in (2022, 2023, 2024) for m in range(1, 13)])
    amount = g.integers(-50, 500, size=n) / 4
    amount[g.random(n) < 0.05] = np.nan
    return sales(pd.Series(regions[g.integers(0, 300, size=n)], dtype="str"),
                 pd.Series(months[g.integers(0, 36, size=n)], dtype="str"), amount)


CASES = [
    case(sales(["north", "south", "north", "north", "east", None],
               ["2024-02", "2024-01", "2024-01", "2024-02", "2024-03", "2024-01"],
               [100.0, 40.0, 25.0, -10.0, None, 999.0]),
         expected=table(["east", "north", "south"], ["2024-01", "2024-02", "2024-03"],
                        [[0, 0, 0], [25, 90, 0], [40, 0, 0]]),
         sample=True, name="worked example"),
    case(sales(["b", "a", "b", "b"], ["2023-12", "2024-01", "2023-12", "2023-12"], [1, 2, 3, 4]),
         expected=table(["a", "b"], ["2023-12", "2024-01"], [[0, 2], [8, 0]]),
         sample=True, name="integer amounts: three sales in one cell are summed, result is float"),
    case(sales(["solo"], ["2024-06"], [12.5]),
         expected=table(["solo"], ["2024-06"], [[12.5]]),
         sample=True, name="a single sale"),
    case(sales(pd.Series([], dtype="str"), pd.Series([], dtype="str"),
               pd.Series([], dtype="float64")),
         expected=EMPTY, compare={"name": "frame", "dtype": "any"}, name="empty input"),
    case(sales([None, "a", None], ["2024-01", None, None], [1.0, 2.0, 3.0]),
         expected=EMPTY, compare={"name": "frame", "dtype": "any"},
         name="no row has both a region and a month"),
    case(sales(["a", "a", "b"], ["2024-01", "2024-02", "2024-01"], [None, None, 5.0]),
         expected=table(["a", "b"], ["2024-01", "2024-02"], [[0, 0], [5, 0]]),
         name="a region and a month whose amounts are all missing still appear"),
    case(sales(["x", "x", "y"], ["2024-01", "2024-01", "2024-01"], [-5.0, -2.5, 0.0]),
         expected=table(["x", "y"], ["2024-01"], [[-7.5], [0.0]]),
         name="refunds: negative sums and zero"),
    case(sales(["west", "West", "east"], ["2024-01", "2024-01", "2023-11"], [1.0, 2.0, 3.0]),
         expected=table(["West", "east", "west"], ["2023-11", "2024-01"],
                        [[0, 2], [3, 0], [0, 1]]),
         name="case-sensitive regions: uppercase sorts first"),
    case(sales(["p", "q", "p"], ["2024-05", "2024-05", "2024-04"],
               pd.array([3, None, 4], dtype="Int64")),
         expected=table(["p", "q"], ["2024-04", "2024-05"], [[4, 3], [0, 0]]),
         name="nullable Int64 amounts with <NA>"),
    case(sales(["a", "b", "a"], ["2024-01", "2024-02", "2024-03"], [0.1, 0.2, 0.2],
               store=["s1", "s2", "s3"], qty=[1, 2, 3]),
         name="other columns are ignored; non-binary decimals"),
    case(sales(["r1", "r2", "r1", "r2"], ["2025-01", "2024-12", "2024-12", "2025-01"],
               [1.0, 1.0, 1.0, 1.0]),
         expected=table(["r1", "r2"], ["2024-12", "2025-01"], [[1, 1], [1, 1]]),
         name="months sort chronologically across a year boundary"),
    case(_large(), time_limit=2.0,
         name="200,000 rows, 300 regions, 36 months (a loop over pairs is too slow)"),
]


@generate(count=8, seed=17)
def random_sales(rng):
    n = rng.randint(1, 50)
    regions = [None if rng.random() < 0.08 else rng.choice(["n", "s", "e", "w", "N"]) for _ in range(n)]
    months = [None if rng.random() < 0.08 else f"2024-{rng.randint(1, 6):02d}" for _ in range(n)]
    amounts = [None if rng.random() < 0.15 else rng.randint(-20, 200) / 4 for _ in range(n)]
    regions[0], months[0] = regions[0] or "s", months[0] or "2024-03"   # never an empty table
    return case(sales(regions, months, amounts))
