import numpy as np
import pandas as pd

from drill import case, generate

COMPARE = {"name": "frame", "rtol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs
NAN = float("nan")


def floats(values):
    return pd.Series(values, dtype="float64")


def _large():
    g = np.random.default_rng(7)
    n = 30_000
    cents = g.integers(-5_000_000, 5_000_000, size=n)
    text = np.array([f"${abs(c) // 100:,}.{abs(c) % 100:02d}" for c in cents], dtype=object)
    neg = cents < 0
    text[neg] = np.array([f"({t})" for t in text[neg]], dtype=object)
    text[g.random(n) < 0.02] = "n/a"
    rate = np.array([f"{r / 10}%" for r in g.integers(0, 1000, size=n)], dtype=object)
    return pd.DataFrame({"amount": pd.Series(text, dtype="str"),
                         "rate": pd.Series(rate, dtype="str"),
                         "qty": g.integers(1, 10, size=n)})


CASES = [
    case(pd.DataFrame({"item": ["pen", "desk", "lamp", "mug"],
                       "price": ["$1,299.00", "(45.10)", "n/a", " € 3 "],
                       "tax": ["12.5%", "7", None, "0%"]}),
         ["price"], ["tax"],
         expected=pd.DataFrame({"item": ["pen", "desk", "lamp", "mug"],
                                "price": floats([1299.0, -45.1, NAN, 3.0]),
                                "tax": floats([0.125, 0.07, NAN, 0.0])}),
         sample=True, name="worked example"),
    case(pd.DataFrame({"a": ["-$5", "$-5", "+$2.50", "£0.99", "$.5"]}), ["a"], [],
         expected=pd.DataFrame({"a": floats([-5.0, -5.0, 2.5, 0.99, 0.5])}),
         sample=True, name="signs before or after the symbol, pounds, a leading decimal point"),
    case(pd.DataFrame({"p": ["$10", "$2,000", "3"]}), ["p"], [],
         expected=pd.DataFrame({"p": floats([10.0, 2000.0, 3.0])}),
         sample=True, name="whole numbers still give float64"),
    case(pd.DataFrame({"a": ["abc", "", "1.2.3", "(-5)", "$", "(12", "--5", "1,2,3"]}), ["a"], [],
         expected=pd.DataFrame({"a": floats([NAN, NAN, NAN, NAN, NAN, NAN, NAN, 123.0])}),
         name="text that is not a number becomes NaN; commas are removed wherever they are"),
    case(pd.DataFrame({"a": ["($1,000.25)", "( 7 )", "(0)"]}), ["a"], [],
         expected=pd.DataFrame({"a": floats([-1000.25, -7.0, 0.0])}),
         name="accounting negatives in parentheses"),
    case(pd.DataFrame({"r": ["50%", "-3 %", "100", " 0.1% ", "%", "ten%"]}), [], ["r"],
         expected=pd.DataFrame({"r": floats([0.5, -0.03, 1.0, 0.001, NAN, NAN])}),
         name="percent column: with or without the sign, negative, unparseable"),
    case(pd.DataFrame({"a": pd.Series(["$1", None, "$2"], dtype=object),
                       "b": pd.Series([None, "5%", None], dtype=object)}), ["a"], ["b"],
         expected=pd.DataFrame({"a": floats([1.0, NAN, 2.0]), "b": floats([NAN, 0.05, NAN])}),
         name="object dtype with None"),
    case(pd.DataFrame({"a": pd.Series([None, None], dtype="str"), "b": ["1%", "2%"]}),
         ["a"], ["b"],
         expected=pd.DataFrame({"a": floats([NAN, NAN]), "b": floats([0.01, 0.02])}),
         name="a column with only missing values"),
    case(pd.DataFrame({"a": pd.Series([], dtype="str"), "b": pd.Series([], dtype="str")}),
         ["a"], ["b"],
         expected=pd.DataFrame({"a": floats([]), "b": floats([])}),
         name="empty frame: the columns are still float64"),
    case(pd.DataFrame({"price": ["$5", "$6"], "note": ["$7", "8%"], "n": [1, 2]},
                      index=[10, 3]), ["price"], [],
         expected=pd.DataFrame({"price": [5.0, 6.0], "note": ["$7", "8%"], "n": [1, 2]},
                               index=[10, 3]),
         name="other columns untouched, the index kept"),
    case(pd.DataFrame({"x": ["1"], "y": ["$9,999,999.99"], "z": ["0.5%"]}), ["y"], ["z"],
         expected=pd.DataFrame({"x": ["1"], "y": floats([9999999.99]), "z": floats([0.005])}),
         name="single row; an unlisted numeric-looking column stays text"),
    case(pd.DataFrame({"a": ["1"]}), [], [],
         expected=pd.DataFrame({"a": ["1"]}), name="nothing to clean"),
    case(_large(), ["amount"], ["rate"], name="30,000 rows of accounting-style amounts and rates"),
]


@generate(count=8, seed=11)
def random_money(rng):
    n = rng.randint(1, 30)
    cells = []
    for _ in range(n):
        r = rng.random()
        v = rng.randint(0, 10_000_000) / 100
        if r < 0.1:
            cells.append(None)
        elif r < 0.2:
            cells.append(rng.choice(["n/a", "-", "", "abc", "$"]))
        elif r < 0.4:
            cells.append(f"({rng.choice('$€£')}{v:,.2f})")
        else:
            cells.append(f"{rng.choice(['', '-'])}{rng.choice(['$', '€', '£', ''])}{v:,.2f}")
    pct = [None if rng.random() < 0.1 else f"{rng.randint(-500, 500) / 10}{rng.choice(['%', ' %', ''])}"
           for _ in range(n)]
    return case(pd.DataFrame({"amount": cells, "pct": pct, "id": list(range(n))}),
                ["amount"], ["pct"])
