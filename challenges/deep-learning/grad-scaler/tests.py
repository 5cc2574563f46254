import math

import numpy as np

from drill import case, generate
from drill.testkit import numpy_rng
INPUTS_UNCHANGED = True  # the statement: do not modify the inputs

KEYS = ["params", "scales", "skipped", "scale", "growth_tracker"]
NAN, INF = float("nan"), float("inf")


def check(actual, expected, *args, **kwargs):
    if type(actual) is not dict:
        return f"expected a dict, got {type(actual).__name__}"
    if sorted(actual) != sorted(KEYS):
        return f"the dict's keys must be exactly {KEYS}, got {sorted(map(str, actual))}"
    for key in ("scales", "skipped"):
        got, exp = actual[key], expected[key]
        if type(got) is not list:
            return f"{key}: expected a list, got {type(got).__name__}"
        if got != exp:
            first = next((i for i, (a, b) in enumerate(zip(got, exp)) if a != b), min(len(got), len(exp)))
            return f"{key}: expected {_short(exp)}, got {_short(got)} (first difference at position {first})"
    kinds = {"scales": float, "skipped": int}
    for key, kind in kinds.items():
        bad = next((v for v in actual[key] if type(v) is not kind), None)
        if bad is not None:
            return f"{key}: entries must be Python {kind.__name__}s, got a {type(bad).__name__}"
    if type(actual["scale"]) is not float or actual["scale"] != expected["scale"]:
        return f"scale: expected {expected['scale']!r} (a float), got {actual['scale']!r}"
    if type(actual["growth_tracker"]) is not int or actual["growth_tracker"] != expected["growth_tracker"]:
        return f"growth_tracker: expected {expected['growth_tracker']!r} (an int), got {actual['growth_tracker']!r}"
    got_params, exp_params = actual["params"], expected["params"]
    if type(got_params) is not list or len(got_params) != len(exp_params):
        return f"params: expected a list of {len(exp_params)} arrays"
    for i, (got, exp) in enumerate(zip(got_params, exp_params)):
        if type(got) is not np.ndarray or got.dtype != np.float64 or got.shape != exp.shape:
            return f"params[{i}]: expected a float64 array of shape {exp.shape}, got {_describe(got)}"
        bad = ~np.isclose(got, exp, rtol=1e-9, atol=1e-12)
        if bad.any():
            idx = tuple(int(j) for j in np.argwhere(bad)[0]) if got.ndim else ()
            return (f"params[{i}]{list(idx)}: expected {float(exp[idx])!r}, got {float(got[idx])!r} "
                    "(relative tolerance 1e-9)")
    return None


def _short(values):
    return repr(values) if len(values) <= 8 else f"{values[:4]!r}... ({len(values)} entries)"


def _describe(value):
    if isinstance(value, np.ndarray):
        return f"a {value.dtype} array of shape {value.shape}"
    return type(value).__name__


def c(*args, sample=False, name=None, **options):
    """options are amp_train's keyword arguments (init_scale=..., growth_interval=...)."""
    return case(*args, check=check, sample=sample, name=name, kwargs=options)


def steps(*rows):
    """One step per row; a row is a list of gradients (one per parameter)."""
    return [[np.array(g, dtype=np.float64) for g in row] for row in rows]


EXAMPLE_PARAMS = [np.array([1.0, 0.0])]
EXAMPLE_GRADS = steps([[0.5, 1e-8]], [[2.0, 0.0]], [[0.25, 0.25]])
F32_MAX = float(np.finfo(np.float32).max)

CASES = [
    c(EXAMPLE_PARAMS, EXAMPLE_GRADS, 0.1, growth_interval=2, sample=True,
      name="worked example: step 1 overflows, is skipped, the scale halves"),
    c(EXAMPLE_PARAMS, EXAMPLE_GRADS, 0.1, init_scale=1.0, growth_interval=2, sample=True,
      name="scale 1: the 1e-8 gradient underflows to 0, the scale doubles after 2 clean steps"),
    c([np.zeros((2, 3)), np.array([5.0])], [], 0.5, sample=True, name="no steps: nothing changes"),
    c([np.array([0.0])], steps(*([[[1e-6]]] * 2001)), 1.0,
      name="defaults: 2000 clean steps, then the scale doubles to 131072"),
    c([np.array([0.0])], steps(*([[[1e-6]]] * 1999)), 1.0, name="defaults: 1999 clean steps, no growth yet"),
    c([np.array([1.0, 2.0]), np.array([[3.0]])],
      steps([[0.1, 0.1], [[0.1]]], [[0.1, 0.1], [[1.0]]], [[0.1, 0.1], [[0.1]]]), 0.5,
      name="only the second parameter overflows: the whole step is skipped"),
    c([np.array([1.0])], steps([[-2.0]], [[0.1]]), 0.1, name="a negative overflow (-inf) is an overflow too"),
    c([np.array([1.0])], steps([[NAN]], [[0.1]]), 0.1, name="a NaN gradient skips the step"),
    c([np.array([1.0])], steps([[INF]], [[0.1]]), 0.1, name="an inf gradient skips the step"),
    c([np.array([1.0])], steps([[65504 / 65536]], [[65519 / 65536]], [[65520 / 65536]]), 1e-3,
      growth_interval=10, name="65504 and 65519 fit float16 (the latter rounds down); 65520 rounds to inf"),
    c([np.array([0.0])], steps([[5.0]], [[5.0]], [[5.0]], [[5.0]], [[5.0]]), 1.0, init_scale=2.0**20,
      name="repeated overflows: the scale halves every step until the gradient fits"),
    c([np.array([0.0])], steps(*([[[1e-3]]] * 2), [[1e9]], *([[[1e-3]]] * 4)), 1.0, init_scale=1024.0,
      growth_interval=3, name="an overflow resets the growth tracker"),
    c([np.array([0.0])], steps([[1.0]], [[1.0]], [[1.0]]), 0.1, init_scale=2.0**127, growth_interval=1,
      name="scale 2**127 with gradient 1: overflow halves it; growth never passes float32's largest value"),
    c([np.array([0.0])], steps(*([[[1e-40]]] * 3)), 1.0, init_scale=2.0**126, growth_interval=1,
      name="at 2**126 the scale may grow once to 2**127, then the growth to 2**128 is refused"),
    c([np.array([0.0])], steps(*([[[1e-40]]] * 2)), 1.0, init_scale=2.0**127, growth_factor=2.0 - 2.0**-23,
      growth_interval=1, name="a grown scale exactly equal to float32's largest value is applied"),
    c([np.array([0.0])], steps([[1e5]], [[1e5]]), 1.0, init_scale=1.0, growth_interval=1,
      name="1e5 overflows float16 even at scale 1; at 0.5 it fits"),
    c([np.array([3.0, 3.0])], steps([[1e-300, -1e300]], [[1e-300, 1e-300]]), 1.0,
      name="extremes: 1e300 overflows (no crash), 1e-300 underflows to a step of 0"),
    c([np.array([0.0])], steps([[1e-3]], [[1e9]], [[1e-3]]), 1.0, growth_factor=1.0, backoff_factor=1.0,
      growth_interval=1, name="growth_factor = backoff_factor = 1: the scale never changes"),
    c([np.array([[1, 2], [3, 4]])], steps([[[0.5, 0.5], [0.5, 0.5]]]), 2.0, growth_interval=1,
      name="int64 parameters give float64 arrays; growth_interval 1 grows after every clean step"),
    c([np.array(2.0)], steps([0.25]), 1.0, init_scale=8.0, backoff_factor=0.25,
      name="a 0-d parameter stays 0-d"),
]


@generate(count=10, seed=2024)
def random_runs(rng):
    g = numpy_rng(rng)
    shapes = [tuple(int(x) for x in g.integers(1, 4, size=int(g.integers(0, 3)))) for _ in range(int(g.integers(1, 4)))]
    params = [g.normal(size=s) for s in shapes]
    n_steps = int(g.integers(1, 30))
    grads = []
    for _ in range(n_steps):
        magnitude = float(g.choice([1e-9, 1e-4, 1.0, 10.0]))
        grads.append([g.normal(0.0, magnitude, size=s) for s in shapes])
    return c(params, grads, float(g.choice([0.01, 0.1, 1.0])),
             init_scale=float(2.0 ** int(g.integers(0, 20))), growth_interval=int(g.integers(1, 5)),
             backoff_factor=float(g.choice([0.5, 0.25])), growth_factor=float(g.choice([2.0, 4.0])))
