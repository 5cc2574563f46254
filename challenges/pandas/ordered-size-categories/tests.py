import pandas as pd

from drill import case, generate

COMPARE = {"name": "frame", "rtol": 1e-9}
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs
NAN = float("nan")
DEFAULT = ["XS", "S", "M", "L", "XL"]


def orders(sizes, returned):
    return pd.DataFrame({"size": pd.Series(sizes, dtype="str"), "returned": pd.Series(returned, dtype="bool")})


def report(sizes, counts, returns):
    counts = pd.Series(counts, dtype="int64")
    share = counts / counts.sum()
    return pd.DataFrame({"size": pd.Categorical(sizes, categories=sizes, ordered=True), "orders": counts,
                         "share": share, "cum_share": share.cumsum(),
                         "return_rate": pd.Series(returns, dtype="float64")})


EXAMPLE = orders([" m", "L", "xl ", "M", "XXL", "s", None, "m"],
                 [False, True, False, True, False, False, True, False])

def ordered_sizes(actual, expected, *args):
    """The frame comparison checks kinds; the size order itself must live in the categorical."""
    column = actual["size"]
    assert isinstance(column.dtype, pd.CategoricalDtype), f"size has dtype {column.dtype}, not category"
    assert column.cat.ordered, "size is an unordered categorical: sizes cannot be compared or sorted by size"
    assert list(column.cat.categories) == list(expected["size"].cat.categories), (
        f"size categories are {list(column.cat.categories)}, expected {list(expected['size'].cat.categories)}")
    pd.testing.assert_frame_equal(actual, expected, check_dtype=False, rtol=1e-9)


CASES = [
    case(EXAMPLE, expected=report(DEFAULT, [0, 1, 3, 1, 1], [NAN, 0.0, 1 / 3, 1.0, 0.0]),
         sample=True, name="worked example (default sizes)"),
    case(EXAMPLE, ["S", "M"], expected=report(["S", "M"], [1, 3], [0.0, 1 / 3]),
         sample=True, name="a shorter size list: L and XL become unrecognised"),
    case(orders(["40", " 36", "38", "40", "42"], [True, False, False, False, True]), ["36", "38", "40"],
         expected=report(["36", "38", "40"], [1, 1, 2], [0.0, 0.0, 0.5]),
         sample=True, name="numeric size labels keep the given order"),
    case(orders([], []), expected=report(DEFAULT, [0] * 5, [NAN] * 5), name="no orders: 0 / 0 is NaN"),
    case(orders(["XXL", None, "medium"], [True, False, True]), ("S", "M", "L"),
         expected=report(["S", "M", "L"], [0, 0, 0], [NAN] * 3), name="nothing recognised"),
    case(orders(["xs"], [True]), expected=report(DEFAULT, [1, 0, 0, 0, 0], [1.0, NAN, NAN, NAN, NAN]),
         name="one order"),
    case(orders(["L", "M", "S", "XL", "XS", "l"], [False] * 6),
         expected=report(DEFAULT, [1, 1, 1, 2, 1], [0.0] * 5), name="size order, not alphabetical order"),
    case(orders(["\tm\n", "M ", " M"], [True, True, False]), ["M"],
         expected=report(["M"], [3], [2 / 3]), name="whitespace of every kind is stripped; one size"),
    case(orders(["S M", "S-", "s", "SS"], [False, False, True, False]), ("S", "M"),
         expected=report(["S", "M"], [1, 0], [1.0, NAN]), name="only surrounding whitespace is cleaned"),
    case(orders(["M", "xl"], [False, True]), check=ordered_sizes,
         name="size is an ordered categorical with the given categories"),
    case(orders(["XL"] * 3 + ["XS"], [True, True, True, False]),
         expected=report(DEFAULT, [1, 0, 0, 0, 3], [0.0, NAN, NAN, NAN, 1.0]),
         name="cum_share stays flat over empty sizes"),
]


@generate(count=10, seed=59)
def random_orders(rng):
    labels = ["xs", " S", "m ", "M", "L", "xl", "XXL", None, "l"]
    n = rng.randint(0, 20)
    sizes = rng.choice([DEFAULT, ["S", "M", "L"], ["M"]])
    return case(orders([rng.choice(labels) for _ in range(n)], [rng.random() < 0.3 for _ in range(n)]), sizes)
