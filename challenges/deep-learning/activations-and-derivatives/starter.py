import numpy as np


def activation(z, name):
    """Return (a, da): the activation `name` of z and its derivative da/dz, element-wise."""
    z = np.asarray(z, dtype=np.float64)
    # your code here: "relu", "sigmoid", "tanh" or "gelu"
    return z.copy(), np.ones_like(z)
