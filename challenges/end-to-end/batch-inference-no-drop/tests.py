import math

import numpy as np
import pandas as pd

from drill import case, generate
from drill.testkit import numpy_rng

NAN = float("nan")


class QuotaExceeded(Exception):
    pass


class BatchTooLarge(Exception):
    pass


class Endpoint:
    """A model endpoint: score = x @ weights + bias. Raises ValueError on a row with a missing
    feature, BatchTooLarge above max_batch rows, QuotaExceeded after `quota` calls (billed per
    call: one call per chunk plus one per row of the chunks that failed is the budget).
    `output` chooses the return type: "array", "list", "column" (an (k, 1) array) or "series"
    (with a meaningless index)."""

    def __init__(self, weights, bias=0.0, max_batch=10**9, quota=10**9, output="array", drop_missing=False):
        self.weights = dict(weights)
        self.bias = bias
        self.max_batch = max_batch
        self.quota = quota
        self.output = output
        self.drop_missing = drop_missing
        self.calls = 0

    def __call__(self, chunk):
        self.calls += 1
        if self.calls > self.quota:
            raise QuotaExceeded(f"call {self.calls}: quota of {self.quota} calls used up")
        if len(chunk) > self.max_batch:
            raise BatchTooLarge(f"{len(chunk)} rows, at most {self.max_batch}")
        x = chunk[list(self.weights)].to_numpy(dtype=np.float64)
        missing = np.isnan(x).any(axis=1)
        if self.drop_missing:  # a buggy endpoint: silently scores fewer rows
            x = x[~missing]
        elif missing.any():
            raise ValueError("missing feature value")
        scores = x @ np.array(list(self.weights.values())) + self.bias
        if self.output == "list":
            return scores.tolist()
        if self.output == "column":  # Keras-style predict: shape (k, 1)
            return scores[:, None]
        if self.output == "series":
            return pd.Series(scores, index=np.arange(len(scores))[::-1] + 7)
        return scores


def budget(frame, batch_size, bad_positions):
    """Calls allowed: one per chunk, plus one per row of every chunk holding a bad row."""
    chunks = math.ceil(len(frame) / batch_size)
    failing = {p // batch_size for p in bad_positions}
    return chunks + sum(min(batch_size, len(frame) - c * batch_size) for c in failing)


def results_match(actual, expected, *args):
    if type(actual) is not tuple or len(actual) != 2:
        return f"expected a tuple (scores, errors), got {type(actual).__name__}"
    scores, errors = actual
    want_scores, want_errors = expected
    if type(scores) is not pd.Series:
        return f"scores: expected a pandas Series, got {type(scores).__name__}"
    if len(scores) != len(want_scores):
        return f"scores: {len(want_scores)} rows in, {len(scores)} scores out: rows were dropped or added"
    if scores.dtype != np.float64:
        return f"scores: dtype must be float64, got {scores.dtype}"
    if list(scores.index) != list(want_scores.index):
        return f"scores: the index must be the frame's, in its order; got {list(scores.index)[:10]}"
    got, want = scores.to_numpy(), want_scores.to_numpy()
    bad = ~np.isclose(got, want, rtol=1e-12, atol=1e-12, equal_nan=True)
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        return f"scores at position {i} (label {want_scores.index[i]!r}): expected {want[i]!r}, got {got[i]!r}"
    if errors != want_errors:
        return f"errors: expected {want_errors[:5]}, got {errors!r:.300}"
    return None


def icase(*args, **options):
    return case(*args, check=results_match, **options)


def frame(**columns):
    return pd.DataFrame(columns)


EXAMPLE = pd.DataFrame({"tenure": [3.0, 24.0, NAN, 12.0, 7.0], "calls": [1.0, 0.0, 2.0, 5.0, 1.0]},
                       index=["c1", "c2", "c3", "c4", "c5"])
W = {"tenure": -0.1, "calls": 0.5}


def _big(n, bad_every, seed):
    g = np.random.default_rng(seed)
    f = pd.DataFrame({"a": g.normal(size=n), "b": g.integers(0, 10, n).astype(float), "c": g.normal(size=n)},
                     index=g.permutation(n) * 2)
    bad = list(range(5, n, bad_every)) if bad_every else []
    f.iloc[bad, 1] = np.nan
    return f, bad


_F1, _BAD1 = _big(5000, 997, 1)
_F2, _BAD2 = _big(20_000, 0, 2)

CASES = [
    icase(EXAMPLE, Endpoint(W), 2, sample=True,
          name="worked example: chunk 2 fails, its rows are scored one by one, c3 is reported"),
    icase(EXAMPLE.drop(index="c3"), Endpoint(W, max_batch=1000, quota=1), sample=True,
          name="default batch_size 1000: four clean rows in one call"),
    icase(EXAMPLE, Endpoint(W, output="series", quota=budget(EXAMPLE, 3, [2])), 3, sample=True,
          name="the endpoint returns a Series with its own index: use the values by position"),
    icase(EXAMPLE, Endpoint(W, output="list", quota=budget(EXAMPLE, 2, [2])), 2, name="a list of scores"),
    icase(EXAMPLE, Endpoint(W, output="column", quota=budget(EXAMPLE, 2, [2])), 2,
          name="a (k, 1) column of scores, as Keras' predict returns"),
    icase(EXAMPLE, Endpoint(W, drop_missing=True, quota=budget(EXAMPLE, 2, [2])), 2,
          name="an endpoint that silently drops a row: the wrong length is a failure, not a shift"),
    icase(EXAMPLE, Endpoint(W, quota=budget(EXAMPLE, 1, [2])), 1, name="batch_size 1"),
    icase(EXAMPLE, Endpoint(W, quota=budget(EXAMPLE, 5, [2])), 5, name="one chunk holding every row"),
    icase(EXAMPLE, Endpoint(W, quota=budget(EXAMPLE, 100, [2])), 100, name="batch_size larger than the frame"),
    icase(EXAMPLE, Endpoint(W, max_batch=2, quota=budget(EXAMPLE, 2, [2])), 2,
          name="the endpoint's limit: chunks of at most batch_size rows"),
    icase(frame(tenure=[NAN, NAN], calls=[1.0, NAN]), Endpoint(W), 2, name="every row fails"),
    icase(frame(tenure=pd.Series([], dtype=float), calls=pd.Series([], dtype=float)), Endpoint(W, quota=0), 3,
          name="no rows: no call, an empty float64 Series"),
    icase(pd.DataFrame({"tenure": [1.0, 2.0, NAN, 4.0], "calls": [0.0, 1.0, 1.0, 1.0]}, index=[7, 7, 3, 3]),
          Endpoint(W, quota=budget(EXAMPLE.iloc[:4], 3, [2])), 3, name="repeated index labels keep their positions"),
    icase(frame(tenure=[1e300, -1e300, 5e-324], calls=[0.0, 0.0, 0.0]), Endpoint(W), 2,
          name="huge and subnormal values pass through unchanged"),
    icase(_F1, Endpoint({"a": 1.0, "b": 0.2, "c": -0.5}, bias=3.0, max_batch=256, quota=budget(_F1, 256, _BAD1)), 256,
          name="5,000 rows, 5 bad ones, quota: one call per chunk plus rows of failing chunks"),
    icase(_F2, Endpoint({"a": 1.0, "b": 0.2}, max_batch=1000, quota=20), time_limit=2.0,
          name="20,000 clean rows: exactly 20 calls of 1,000 (row-by-row scoring is over quota)"),
]


@generate(count=10, seed=3141)
def random_batches(rng):
    g = numpy_rng(rng)
    n = rng.randint(0, 40)
    f = pd.DataFrame({"x": g.normal(size=n).round(2), "y": g.integers(-3, 3, n).astype(float)},
                     index=g.permutation(n) + 100)
    bad = [i for i in range(n) if rng.random() < 0.08]
    f.iloc[bad, 0] = np.nan
    bs = rng.randint(1, 12)
    endpoint = Endpoint({"x": 2.0, "y": -1.0}, bias=rng.uniform(-1, 1), max_batch=bs, quota=budget(f, bs, bad),
                        output=rng.choice(["array", "list", "column", "series"]), drop_missing=rng.random() < 0.3)
    return icase(f, endpoint, bs)
