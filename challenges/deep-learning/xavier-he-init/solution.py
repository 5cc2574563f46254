import math

import numpy as np

GAINS = {"linear": 1.0, "sigmoid": 1.0, "tanh": 5.0 / 3.0, "relu": math.sqrt(2.0)}


def _fans(shape):
    # (out_features, in_features, *kernel): a kernel position counts as part of both fans
    receptive = math.prod(shape[2:])
    return shape[1] * receptive, shape[0] * receptive


def init_weights(shape, scheme, seed=0, gain=1.0, mode="fan_in", nonlinearity="leaky_relu", a=0.0):
    """A weight array of `shape` drawn as torch.nn.init's xavier_*/kaiming_* functions do."""
    shape = tuple(int(s) for s in shape)
    if 0 in shape:
        return np.zeros(shape)  # nothing to draw, as PyTorch's no-op on zero-element tensors
    fan_in, fan_out = _fans(shape)
    rng = np.random.default_rng(seed)
    if scheme.startswith("xavier"):
        std = gain * math.sqrt(2.0 / (fan_in + fan_out))
    else:
        fan = fan_in if mode == "fan_in" else fan_out
        g = math.sqrt(2.0 / (1.0 + a * a)) if nonlinearity == "leaky_relu" else GAINS[nonlinearity]
        std = g / math.sqrt(fan)
    if scheme.endswith("uniform"):
        bound = math.sqrt(3.0) * std  # a uniform on [-b, b] has standard deviation b / sqrt(3)
        return rng.uniform(-bound, bound, size=shape)
    return rng.normal(0.0, std, size=shape)
