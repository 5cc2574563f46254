import math

import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs


def _same(e, a):
    return (math.isnan(e) and math.isnan(a)) or e == a or math.isclose(e, a, rel_tol=1e-9, abs_tol=0.0)


def perplexity_ok(actual, expected, log_probs, mask=None):
    if type(actual) is not tuple or len(actual) != 2:
        return f"expected a tuple (corpus, per_sequence), got {type(actual).__name__}"
    corpus, per_seq = actual
    exp_corpus, exp_seq = expected
    if type(corpus) not in (float, np.float64):
        return f"corpus: expected a float, got {type(corpus).__name__}"
    if not _same(exp_corpus, float(corpus)):
        return f"corpus: expected {exp_corpus!r}, got {float(corpus)!r} (relative tolerance 1e-9)"
    if type(per_seq) is not np.ndarray:
        return f"per_sequence: expected a numpy.ndarray, got {type(per_seq).__name__}"
    if per_seq.shape != exp_seq.shape:
        return f"per_sequence: expected shape {exp_seq.shape}, got {per_seq.shape}"
    if per_seq.dtype != np.float64:
        return f"per_sequence: expected dtype float64, got {per_seq.dtype}"
    for b, (e, a) in enumerate(zip(exp_seq.tolist(), per_seq.tolist())):
        if not _same(e, a):
            return f"per_sequence[{b}]: expected {e!r}, got {a!r} (relative tolerance 1e-9)"
    return None


def pcase(*args, **options):
    return case(*args, check=perplexity_ok, **options)


def _example():
    lp = np.log([[0.5, 0.25, 0.125, 1.0], [0.1, 0.9, 0.3, 0.2]])
    lp[0, 3] = np.nan
    return lp, np.array([[1, 1, 1, 0], [1, 1, 0, 0]])


def _garbage_padding():
    lp = np.log(np.array([[0.5, 0.5, 0.3, 0.3], [0.25, 0.9, 0.9, 0.9], [0.2, 0.2, 0.2, 0.2]]))
    lp[0, 2:] = [-np.inf, np.nan]
    lp[1, 1:] = [np.inf, 5.0, -1e300]
    mask = np.array([[True, True, False, False], [True, False, False, False], [True] * 4])
    return lp, mask


def _long():
    g = np.random.default_rng(100)
    p = g.uniform(0.005, 0.015, size=(2, 100_000))
    mask = np.ones((2, 100_000), dtype=bool)
    mask[1, 60_000:] = False
    lp = np.log(p)
    lp[1, 60_000:] = -np.inf
    return lp, mask


def _expected_long():
    lp, mask = _long()
    s0, s1 = lp[0].sum(), lp[1, :60_000].sum()
    return math.exp(-(s0 + s1) / 160_000), np.array([math.exp(-s0 / 100_000), math.exp(-s1 / 60_000)])


CASES = [
    pcase(*_example(), expected=(3.718668739099425, np.array([4.0, 3.3333333333333335])),
          sample=True, name="worked example: padding (even NaN) is left out; tokens weigh equally"),
    pcase(np.log([[0.25, 0.25], [0.5, 0.5]]),
          expected=(2.8284271247461903, np.array([4.0, 2.0])), sample=True,
          name="default mask=None: every position is real"),
    pcase(np.zeros((1, 5)), np.array([[True, True, False, False, False]]),
          expected=(1.0, np.array([1.0])), sample=True,
          name="probability 1 everywhere: perplexity exactly 1"),
    pcase(*_garbage_padding(), name="padding holding -inf, NaN, +inf and -1e300 is ignored"),
    pcase(np.log([[0.5, 0.5], [0.3, 0.3]]), np.array([[1, 1], [0, 0]]),
          expected=(2.0, np.array([2.0, np.nan])),
          name="a row without real tokens: nan for that row, the corpus ignores it"),
    pcase(np.log([[0.5, 0.5]]), np.array([[0, 0]]), expected=(np.nan, np.array([np.nan])),
          name="no real token at all: corpus nan"),
    pcase(np.zeros((0, 4)), expected=(np.nan, np.zeros(0)), name="batch of 0 rows"),
    pcase(np.zeros((3, 0)), np.zeros((3, 0), dtype=bool),
          expected=(np.nan, np.full(3, np.nan)), name="sequences of length 0"),
    pcase(np.array([[-np.inf, -1.0], [-1.0, -1.0]]),
          expected=(np.inf, np.array([np.inf, math.e])),
          name="a real token with probability 0: perplexity inf"),
    pcase(np.array([[-700.0, -700.0], [-720.0, -1.0]]),
          expected=(math.exp(2121.0 / 4), np.array([math.exp(700.0), math.exp(360.5)])),
          name="huge negative log-probs: exp(700) is finite, mean over tokens"),
    pcase(np.array([[-710.0, -710.0]]), expected=(np.inf, np.array([np.inf])),
          name="mean NLL 710 > 709.78: inf, no crash"),
    pcase(np.array([[-1e-300, -5e-324]]), expected=(1.0, np.array([1.0])),
          name="log-probs at the smallest magnitudes"),
    pcase(np.log([[0.5, 0.5, 0.5, 0.5], [0.1, 0.7, 0.7, 0.7]]),
          np.array([[1, 1, 1, 1], [1, 0, 0, 0]]),
          expected=(0.1 ** -0.2 * 2.0 ** 0.8, np.array([2.0, 10.0])),
          name="a long sequence weighs more than a short one in the corpus value"),
    pcase(np.array([[-2.0]]), np.array([[True]]), expected=(math.e ** 2, np.array([math.e ** 2])),
          name="a single token"),
    pcase(np.array([[-1.5, -0.5], [-0.25, -0.75]], dtype=np.float32),
          expected=(math.exp(0.75), np.array([math.e, math.exp(0.5)])),
          name="float32 log-probs: compute and return float64"),
    pcase(*_long(), expected=_expected_long(), time_limit=3.0,
          name="100,000 tokens of probability about 0.01: the product underflows, the sum does not"),
]


@generate(count=12, seed=77)
def random_batches(rng):
    g = numpy_rng(rng)
    b, s = rng.randint(1, 5), rng.randint(1, 8)
    lp = np.log(g.uniform(1e-4, 1.0, size=(b, s)))
    lengths = g.integers(0, s + 1, size=b)
    mask = np.arange(s)[None, :] < lengths[:, None]
    lp[~mask] = g.choice([np.nan, -np.inf, np.inf, 3.0], size=int((~mask).sum()))
    if rng.random() < 0.5:
        mask = mask.astype(np.int64)
    return pcase(lp, mask)
