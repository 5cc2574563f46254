import math

import numpy as np
import pandas as pd

from drill import case, generate
from drill.testkit import numpy_rng


class Linear:
    """A served linear model: X @ w + b. Like a real endpoint it refuses what it cannot score:
    anything but a 2-D float64 array, a non-finite value, more than `limit` rows, and (when
    `calls` is set) more calls than the batch needs."""

    def __init__(self, w, b=0.0, limit=1000, calls=None, max_value=None, short=False, column=False):
        self.w = np.asarray(w, dtype=np.float64)
        self.b = b
        self.limit = limit
        self.calls = calls
        self.max_value = max_value
        self.short = short
        self.column = column
        self.quota = calls

    def __repr__(self):
        parts = [f"w={self.w.tolist()}", f"b={self.b}", f"limit={self.limit} rows per call"]
        if self.quota is not None:
            parts.append(f"quota={self.quota} calls")
        if self.max_value is not None:
            parts.append(f"raises on values above {self.max_value}")
        if self.short:
            parts.append("returns one prediction too few for 2+ rows")
        if self.column:
            parts.append("returns shape (n, 1)")
        return f"Linear({', '.join(parts)})"

    def predict(self, X):
        if self.calls is not None:
            if self.calls == 0:
                raise RuntimeError("call quota exhausted")
            self.calls -= 1
        if type(X) is not np.ndarray or X.dtype != np.float64 or X.ndim != 2 or X.shape[1] != len(self.w):
            raise TypeError(f"expected a 2-D float64 array with {len(self.w)} columns")
        if len(X) > self.limit:
            raise RuntimeError(f"{len(X)} rows exceed the serving limit of {self.limit}")
        if not np.isfinite(X).all():
            raise ValueError("input contains NaN or inf")
        if self.max_value is not None and (X > self.max_value).any():
            raise ValueError(f"value {float(X[X > self.max_value][0])!r} above {self.max_value!r}")
        out = X @ self.w + self.b
        if self.column:
            return out.reshape(-1, 1)
        return out[:-1] if self.short and len(X) > 1 else out


class Broken:
    def __repr__(self):
        return "Broken(always raises KeyError)"

    def predict(self, X):
        raise KeyError("weights")


def check(actual, expected, batch, *rest, **kwargs):
    if not isinstance(actual, pd.DataFrame):
        return f"expected a DataFrame, got {type(actual).__name__}"
    if list(actual.columns) != ["prediction", "error"]:
        return f"columns must be ['prediction', 'error'], got {list(actual.columns)}"
    if len(actual) != len(batch):
        return f"expected {len(batch)} rows (one per input row: none dropped or added), got {len(actual)}"
    if not actual.index.equals(batch.index) or actual.index.name != batch.index.name:
        return "the index must be the input's index, in the input's order (labels may repeat)"
    if actual["prediction"].dtype != np.float64:
        return f"prediction: dtype must be float64, got {actual['prediction'].dtype}"
    for pos in range(len(batch)):
        label = batch.index[pos]
        got_err, exp_err = actual["error"].iloc[pos], expected["error"].iloc[pos]
        if pd.isna(exp_err):
            if not pd.isna(got_err):
                return f"row {pos} (label {label!r}): expected no error, got {got_err!r}"
        elif got_err != exp_err:
            return f"row {pos} (label {label!r}): error must be {exp_err!r}, got {got_err!r}"
        got, exp = float(actual["prediction"].iloc[pos]), float(expected["prediction"].iloc[pos])
        if math.isnan(exp) != math.isnan(got) or (not math.isnan(exp) and not math.isclose(got, exp, rel_tol=1e-9,
                                                                                          abs_tol=1e-12)):
            return f"row {pos} (label {label!r}): prediction must be {exp!r}, got {got!r}"
    return None


def c(*args, options=None, **case_options):
    """args and options (a dict of keyword arguments) go to batch_predict; case_options to case()."""
    return case(*args, check=check, kwargs=options, **case_options)


def frame(columns, index=None):
    return pd.DataFrame(columns, index=index)


EXAMPLE = frame({"age": [34, None, 51, 29], "income": [52.0, 61.5, "n/a", 48.0]}, index=[101, 102, 103, 101])
FEATURES = ["age", "income"]


def _many(seed, n, bad=0.0):
    g = np.random.default_rng(seed)
    a = g.normal(40, 10, n).astype(object)
    b = g.normal(50, 20, n).astype(object)
    holes = g.random(n) < bad
    a[holes] = None
    return frame({"a": a, "b": b, "id": np.arange(n)}, index=pd.Index(g.permutation(n), name="customer"))


CASES = [
    c(EXAMPLE, Linear([0.5, 0.1], 1.0, calls=1), FEATURES, 2, sample=True,
      name="worked example: two rows cannot be scored, the rest in one call",
      expected=frame({"prediction": [23.2, np.nan, np.nan, 20.3],
                      "error": [None, "missing age", "not a number in income", None]}, index=[101, 102, 103, 101])),
    c(frame({"x": [1.0, 2.0, 3.0, 4.0, 5.0]}), Linear([2.0], limit=2, calls=3), ["x"], 2, sample=True,
      name="5 valid rows, chunk_size 2: calls of 2, 2 and 1 rows"),
    c(frame({"x": [1.0, 500.0, 3.0], "y": [1.0, 1.0, 1.0]}), Linear([1.0, 1.0], max_value=100, calls=4),
      ["x", "y"], sample=True, name="the model fails on one row of a chunk: the other rows are rescued one by one"),
    c(EXAMPLE.iloc[:0], Linear([1.0, 1.0], calls=0), FEATURES, name="an empty batch: an empty result, no call"),
    c(frame({"x": [None, "?", np.nan]}, index=["a", "b", "c"]), Linear([1.0], calls=0), ["x"],
      name="no valid row: the model is never called"),
    c(frame({"x": [1.0, np.inf, -np.inf, 2.0]}), Linear([3.0], calls=1), ["x"],
      name="inf and -inf are not finite"),
    c(frame({"x": ["abc", 1.0, 2.0], "y": [None, None, 5.0]}), Linear([1.0, 1.0], calls=1), ["x", "y"],
      name="the first bad feature in the features' order is named"),
    c(frame({"x": [1.0, 2.0], "y": [None, 3.0]}), Linear([1.0, 1.0], calls=1), ["y", "x"],
      name="features in another order than the frame's columns; extra columns ignored"),
    c(frame({"n": pd.array([1, None, 3], dtype="Int64"), "f": [0.5, 0.5, 0.5]}), Linear([1.0, 2.0], calls=1),
      ["n", "f"], name="a nullable Int64 column: <NA> is missing"),
    c(frame({"x": [True, 1.0, 2.0]}), Linear([1.0], calls=1), ["x"], name="a bool is not a number"),
    c(frame({"x": ["12", "7.5"]}), Linear([1.0], calls=0), ["x"], name="strings are never numbers, even '12'"),
    c(frame({"x": [1.0, 2.0, 3.0, 4.0]}, index=["k", "k", "j", "k"]), Linear([1.0], limit=3, short=True, calls=6),
      ["x"], 3, name="a model that returns too few predictions: the chunk is retried row by row"),
    c(frame({"x": [1.0, 2.0]}), Broken(), ["x"], name="a model that always fails: every row gets its error"),
    c(frame({"x": [1.0, 200.0, 300.0, 4.0, 5.0]}), Linear([1.0], max_value=100, limit=2, calls=7), ["x"], 2,
      name="failing chunks are rescued row by row; clean chunks are scored whole"),
    c(frame({"x": np.arange(2000.0)}), Linear([1.0], limit=1000, calls=2), ["x"],
      name="default chunk_size 1000: 2000 rows in two calls"),
    c(frame({"x": [1.0, 2.0, 3.0]}), Linear([2.0], column=True, calls=1), ["x"],
      name="a model that returns a column of shape (n, 1), as Keras models do"),
    c(frame({"x": [1.0, 2.0, 3.0]}), Linear([1.0], limit=1, calls=3), ["x"], 1, name="chunk_size 1"),
    c(frame({"x": [1e300, -1e-300, 0.0], "y": [1e300, 5.0, -0.0]}), Linear([0.5, 0.25], calls=1), ["x", "y"],
      name="extreme finite values are valid"),
    c(_many(7, 20000, bad=0.1), Linear([0.3, -0.2], 5.0, limit=4096, calls=5), ["a", "b"], 4096,
      name="20,000 rows with 10% missing, labels shuffled: 5 calls", time_limit=5.0),
]


@generate(count=8, seed=77)
def random_batches(rng):
    g = numpy_rng(rng)
    n = int(g.integers(1, 40))
    x = g.normal(0, 50, n).astype(object)
    y = g.normal(0, 1, n).astype(object)
    for col in (x, y):
        for i in np.flatnonzero(g.random(n) < 0.15):
            col[i] = [None, np.nan, "n/a", np.inf][int(g.integers(0, 4))]
    index = pd.Index(g.integers(0, 5, n), name="id")
    return c(frame({"x": x, "y": y}, index=index), Linear([1.0, -2.0], max_value=float(g.choice([60.0, 1e9]))),
             ["x", "y"], int(g.integers(1, 8)))
