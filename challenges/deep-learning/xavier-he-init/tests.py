import math

import numpy as np

from drill import case, generate


def _draw(shape, seed, std, uniform):
    """The expected array, from the documented bound or std of each PyTorch initialiser."""
    rng = np.random.default_rng(seed)
    if 0 in shape:
        return np.zeros(shape)
    if uniform:
        return rng.uniform(-math.sqrt(3.0) * std, math.sqrt(3.0) * std, size=shape)
    return rng.normal(0.0, std, size=shape)


def check(actual, expected, *args, **kwargs):
    if type(actual) is not np.ndarray:
        return f"expected a numpy.ndarray, got {type(actual).__name__}"
    if actual.shape != expected.shape:
        return f"shape must be {expected.shape}, got {actual.shape}"
    if actual.dtype != np.float64:
        return f"dtype must be float64, got {actual.dtype}"
    bad = ~np.isclose(actual, expected, rtol=1e-12, atol=0.0)
    if bad.any():
        where = tuple(int(i) for i in np.argwhere(bad)[0])
        ratio = float(np.std(actual) / np.std(expected)) if expected.size > 1 and np.std(expected) else float("nan")
        return (f"{int(bad.sum())} of {bad.size} values differ; first at {list(where)}: expected "
                f"{float(expected[where])!r}, got {float(actual[where])!r} (your spread is {ratio:.4g} "
                "times the expected one)")
    return None


def statistics(actual, expected, shape, scheme, *args, **kwargs):
    """On a large layer the sample spread matches the scheme's standard deviation."""
    problem = check(actual, expected)
    if problem:
        return problem
    fan_in, fan_out = shape[1], shape[0]
    std = math.sqrt(2.0 / (fan_in + fan_out)) if scheme.startswith("xavier") else math.sqrt(2.0 / fan_in)
    assert abs(float(actual.std()) / std - 1.0) < 0.01, f"sample std {actual.std():.5g}, expected about {std:.5g}"
    return None


def c(shape, scheme, *rest, kwargs=None, **options):
    return case(shape, scheme, *rest, check=options.pop("check", check), kwargs=kwargs, **options)


S2 = math.sqrt(2.0)


CASES = [
    c((2, 3), "xavier_uniform", expected=_draw((2, 3), 0, math.sqrt(2.0 / 5.0), True), sample=True,
      name="worked example: Xavier uniform, seed left out (0)"),
    c((2, 3), "kaiming_normal", 1, expected=_draw((2, 3), 1, S2 / math.sqrt(3.0), False), sample=True,
      name="worked example: Kaiming normal, the default leaky_relu with a = 0 is ReLU's sqrt(2)"),
    c((64, 3, 5, 5), "kaiming_uniform", 0, kwargs={"mode": "fan_out", "nonlinearity": "relu"},
      expected=_draw((64, 3, 5, 5), 0, S2 / 40.0, True), sample=True,
      name="conv weight (64, 3, 5, 5), fan_out = 64 * 25"),
    c((10, 4), "xavier_normal", 7, expected=_draw((10, 4), 7, math.sqrt(2.0 / 14.0), False),
      name="Xavier normal, fan_in + fan_out = 14"),
    c((10, 4), "xavier_uniform", 3, 5.0 / 3.0, expected=_draw((10, 4), 3, 5.0 / 3.0 * math.sqrt(2.0 / 14.0), True),
      name="Xavier uniform with gain 5/3 (tanh)"),
    c((8, 6, 3), "xavier_normal", 2, expected=_draw((8, 6, 3), 2, math.sqrt(2.0 / 42.0), False),
      name="Conv1d weight (8, 6, 3): fans 18 and 24"),
    c((5, 12), "kaiming_normal", 4, kwargs={"mode": "fan_out"}, expected=_draw((5, 12), 4, S2 / math.sqrt(5.0), False),
      name="Kaiming normal, mode fan_out uses shape[0]"),
    c((5, 12), "kaiming_uniform", 4, expected=_draw((5, 12), 4, S2 / math.sqrt(12.0), True),
      name="Kaiming uniform, fan_in uses shape[1]"),
    c((6, 9), "kaiming_uniform", 5, kwargs={"a": math.sqrt(5.0)},
      expected=_draw((6, 9), 5, math.sqrt(1.0 / 3.0) / 3.0, True),
      name="a = sqrt(5): nn.Linear's default init, bound 1 / sqrt(fan_in)"),
    c((6, 9), "kaiming_normal", 6, kwargs={"nonlinearity": "leaky_relu", "a": 0.2},
      expected=_draw((6, 9), 6, math.sqrt(2.0 / 1.04) / 3.0, False), name="leaky_relu with a = 0.2"),
    c((6, 9), "kaiming_normal", 6, kwargs={"nonlinearity": "tanh", "a": 0.2},
      expected=_draw((6, 9), 6, 5.0 / 9.0, False), name="tanh gain 5/3; a is ignored"),
    c((6, 9), "kaiming_uniform", 8, kwargs={"nonlinearity": "linear"},
      expected=_draw((6, 9), 8, 1.0 / 3.0, True), name="linear gain 1"),
    c((6, 9), "kaiming_normal", 8, kwargs={"nonlinearity": "sigmoid", "a": 3.0},
      expected=_draw((6, 9), 8, 1.0 / 3.0, False), name="sigmoid gain 1; a is ignored"),
    c((1, 1), "xavier_uniform", 9, expected=_draw((1, 1), 9, 1.0, True), name="a 1 x 1 weight"),
    c((1, 1, 1, 1), "kaiming_normal", 9, kwargs={"mode": "fan_out"}, expected=_draw((1, 1, 1, 1), 9, S2, False),
      name="a 1 x 1 x 1 x 1 kernel"),
    c((0, 5), "kaiming_uniform", expected=np.zeros((0, 5)), name="zero output features: an empty array"),
    c((4, 0, 3), "xavier_normal", expected=np.zeros((4, 0, 3)), name="zero input channels: an empty array"),
    c((0, 5), "kaiming_normal", kwargs={"mode": "fan_out"}, expected=np.zeros((0, 5)),
      name="fan_out = 0 with mode fan_out: no division by zero"),
    c((4, 0, 3), "kaiming_uniform", expected=np.zeros((4, 0, 3)), name="fan_in = 0 with mode fan_in"),
    c((0, 0), "xavier_uniform", expected=np.zeros((0, 0)), name="both fans 0"),
    c((3, 4), "xavier_normal", 10**12, expected=_draw((3, 4), 10**12, math.sqrt(2.0 / 7.0), False),
      name="a seed of 10**12"),
    c((4096, 2048), "xavier_uniform", 11, expected=_draw((4096, 2048), 11, math.sqrt(2.0 / 6144.0), True),
      check=statistics, time_limit=2.0, name="8 million weights: the sample spread matches"),
    c((2048, 4096), "kaiming_normal", 12, expected=_draw((2048, 4096), 12, S2 / 64.0, False),
      check=statistics, time_limit=2.0, name="8 million weights, Kaiming normal: std sqrt(2 / 4096)"),
]


@generate(count=10, seed=5)
def random_layers(rng):
    dims = [rng.randint(1, 7) for _ in range(rng.choice([2, 2, 3, 4]))]
    scheme = rng.choice(["xavier_uniform", "xavier_normal", "kaiming_uniform", "kaiming_normal"])
    if scheme.startswith("xavier"):
        return c(tuple(dims), scheme, rng.randrange(1000), rng.choice([1.0, 5.0 / 3.0, rng.uniform(0.1, 3.0)]))
    kwargs = {"mode": rng.choice(["fan_in", "fan_out"]),
              "nonlinearity": rng.choice(["leaky_relu", "relu", "tanh", "linear", "sigmoid"]),
              "a": rng.choice([0.0, 0.01, 0.2, math.sqrt(5.0)])}
    return c(tuple(dims), scheme, rng.randrange(1000), kwargs=kwargs)
