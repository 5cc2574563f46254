import numpy as np
import pandas as pd

from drill import case, generate
from drill.testkit import numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

NAN = float("nan")


def _matrix_problem(name, got, want):
    if type(got) is not np.ndarray:
        return f"{name}: expected a NumPy array, got {type(got).__name__}"
    if got.shape != want.shape:
        return f"{name}: shape must be {want.shape}, got {got.shape}"
    if got.dtype != np.float64:
        return f"{name}: dtype must be float64, got {got.dtype}"
    bad = ~np.isclose(got, want, rtol=1e-9, atol=1e-12, equal_nan=False)
    if bad.any():
        r, c = (int(i) for i in np.argwhere(bad)[0])
        return f"{name}[{r}, {c}]: expected {want[r, c]!r}, got {got[r, c]!r}"
    return None


def outputs_match(actual, expected, *args):
    if type(actual) is not tuple or len(actual) != 3:
        return f"expected a tuple (X_train, X_test, names), got {type(actual).__name__}"
    names = actual[2]
    if type(names) is not list or names != expected[2]:
        return f"names: expected {expected[2]}, got {names!r:.200}"
    return _matrix_problem("X_train", actual[0], expected[0]) or _matrix_problem("X_test", actual[1], expected[1])


def pcase(*args, **options):
    return case(*args, check=outputs_match, **options)


def m(*rows, width=None):
    return np.array(rows, dtype=np.float64).reshape(len(rows), width if width is not None else len(rows[0]))


R2 = 2 ** 0.5
EX_TRAIN = pd.DataFrame({"age": [20.0, None, 40.0, 30.0], "income": [40, 60, 60, 40],
                         "plan": ["basic", "pro", None, "basic"]})
EX_TEST = pd.DataFrame({"age": [None, 58.0], "income": [50, 120], "plan": ["enterprise", "pro"]})
EX_NAMES = ["age", "income", "plan=__missing__", "plan=basic", "plan=pro"]


def _drifted():
    train = pd.DataFrame({"temp": [10.0, 12.0, 14.0], "city": ["Oslo", "Lima", "Oslo"]})
    test = pd.DataFrame({"city": ["Pune", None, "Lima", "Oslo"], "temp": [30.0, 31.0, NAN, 12.0]})
    return train, test


def _large():
    g = np.random.default_rng(12)
    def frame(n, shift):
        f = pd.DataFrame({f"x{k}": g.normal(shift, 1 + k, n) for k in range(5)})
        f["shop"] = [f"s{v:04d}" for v in g.integers(0, 200, n)]
        f["device"] = g.choice(["ios", "android", "web"], n)
        f.loc[g.random(n) < 0.05, "x2"] = np.nan
        f.loc[g.random(n) < 0.05, "device"] = None
        return f
    return frame(20_000, 0.0), frame(5_000, 0.5)


CASES = [
    pcase(EX_TRAIN, EX_TEST, ["age", "income"], ["plan"],
          expected=(m([-R2, -1, 0, 1, 0], [0, 1, 0, 0, 1], [R2, 1, 1, 0, 0], [0, -1, 0, 1, 0]),
                    m([0, 0, 0, 0, 0], [28 / 50 ** 0.5, 7, 0, 0, 1]), EX_NAMES),
          sample=True, name="worked example: medians, means, categories from train only"),
    pcase(*_drifted(), ["temp"], ["city"],
          expected=(m([-1.5 ** 0.5, 0, 1], [0, 1, 0], [1.5 ** 0.5, 0, 1]),
                    m([18 / (8 / 3) ** 0.5, 0, 0], [19 / (8 / 3) ** 0.5, 0, 0], [0, 1, 0], [0, 0, 1]),
                    ["temp", "city=Lima", "city=Oslo"]),
          sample=True, name="a shifted test set keeps the training scale; unseen city and None: zeros"),
    pcase(pd.DataFrame({"n": [5, 5, 5], "f": [0.1, 0.1, 0.1]}), pd.DataFrame({"n": [7, 5], "f": [0.2, NAN]}),
          ["n", "f"], [], expected=(m([0, 0], [0, 0], [0, 0]), m([2, 0.1], [0, 0]), ["n", "f"]),
          sample=True, name="constant training columns are divided by 1, not by 0"),
    pcase(pd.DataFrame({"v": [1.0, 2.0, 10.0, NAN, 20.0]}), pd.DataFrame({"v": [NAN]}), ["v"], [],
          name="even count of present values: the median is the mean of the middle two"),
    pcase(pd.DataFrame({"v": [NAN, NAN], "c": ["a", "b"]}), pd.DataFrame({"v": [3.0, NAN], "c": ["b", "b"]}),
          ["v"], ["c"], expected=(m([0, 1, 0], [0, 0, 1]), m([3, 0, 1], [0, 0, 1]), ["v", "c=a", "c=b"]),
          name="an all-missing training column: imputed with 0.0, divided by 1"),
    pcase(pd.DataFrame({"i": pd.array([1, None, 4, 9], dtype="Int64"),
                        "f": pd.array([0.5, 1.5, None, 2.5], dtype="Float64")}),
          pd.DataFrame({"i": pd.array([None, 2], dtype="Int64"), "f": pd.array([None, 9.0], dtype="Float64")}),
          ["i", "f"], [], name="nullable Int64 and Float64 with <NA>"),
    pcase(pd.DataFrame({"c": pd.Series(["b", "B", None, "_x", "a"], dtype=object)}),
          pd.DataFrame({"c": ["a", "__missing__", "_x"]}), [], ["c"],
          expected=(m([0, 0, 0, 0, 1], [1, 0, 0, 0, 0], [0, 1, 0, 0, 0], [0, 0, 1, 0, 0], [0, 0, 0, 1, 0]),
                    m([0, 0, 0, 1, 0], [0, 1, 0, 0, 0], [0, 0, 1, 0, 0]),
                    ["c=B", "c=__missing__", "c=_x", "c=a", "c=b"]),
          name="sorted string order (uppercase, underscore, lowercase); object dtype"),
    pcase(pd.DataFrame({"x": [1.0, 3.0], "y": [7.0, 7.0], "c": ["u", "v"]}),
          pd.DataFrame({"c": ["v"], "y": [8.0], "x": [2.0], "extra": [0]}), ["y", "x"], ["c"],
          expected=(m([0, -1, 1, 0], [0, 1, 0, 1]), m([1, 0, 0, 1]), ["y", "x", "c=u", "c=v"]),
          name="output follows the given column lists, not the frames' column order"),
    pcase(pd.DataFrame({"x": [1e100, -1e100, 3e99], "y": [1e-100, 3e-100, 2e-100]}),
          pd.DataFrame({"x": [2e100], "y": [0.0]}), ["x", "y"], [],
          name="magnitudes 1e100 and 1e-100: no overflow, no underflow to a zero scale"),
    pcase(EX_TRAIN, EX_TRAIN.iloc[:0], ["age"], ["plan"], name="an empty test frame: shape (0, k)"),
    pcase(EX_TRAIN.iloc[:0], EX_TEST, ["age", "income"], ["plan"],
          expected=(np.zeros((0, 2)), m([NAN, 50], [58, 120]).copy(), ["age", "income"]),
          name="an empty training frame: fill 0.0, mean 0.0, scale 1.0, no categories"),
    pcase(EX_TRAIN, EX_TEST, [], [], expected=(np.zeros((4, 0)), np.zeros((2, 0)), []),
          name="no columns: shapes (4, 0) and (2, 0)"),
    pcase(pd.DataFrame({"x": [2.0], "c": ["k"]}), pd.DataFrame({"x": [4.0], "c": ["k"]}), ["x"], ["c"],
          expected=(m([0, 1]), m([2, 1]), ["x", "c=k"]), name="one training row"),
    pcase(*_large(), [f"x{k}" for k in range(5)], ["shop", "device"], time_limit=5.0,
          name="20,000 + 5,000 rows, 200 shops"),
]
CASES[10].expected[1][0, 0] = 0.0  # the missing test age is imputed with 0.0


@generate(count=10, seed=606)
def random_frames(rng):
    g = numpy_rng(rng)
    def frame(n):
        f = pd.DataFrame({"a": g.normal(rng.uniform(-5, 5), rng.uniform(0.1, 3), n).round(2),
                          "b": g.integers(-3, 4, n),
                          "c": g.choice(["red", "green", "blue", "Teal"], n)})
        f.loc[g.random(n) < 0.2, "a"] = np.nan
        f.loc[g.random(n) < 0.2, "c"] = None
        return f
    return pcase(frame(rng.randint(1, 30)), frame(rng.randint(0, 10)), rng.choice([["a", "b"], ["b"]]), ["c"])
