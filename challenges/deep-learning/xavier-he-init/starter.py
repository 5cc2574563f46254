import numpy as np


def init_weights(shape, scheme, seed=0, gain=1.0, mode="fan_in", nonlinearity="leaky_relu", a=0.0):
    """A weight array of `shape` drawn as torch.nn.init's xavier_*/kaiming_* functions do."""
    rng = np.random.default_rng(seed)
    # your code here: compute the fans and the standard deviation of the scheme
    return rng.normal(0.0, 1.0, size=shape)
