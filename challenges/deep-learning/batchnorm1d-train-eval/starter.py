import numpy as np


def batchnorm1d(x, dY, gamma, beta, running_mean, running_var, training=True, momentum=0.1, eps=1e-5):
    """BatchNorm1d on (N, C): returns (Y, dX, dgamma, dbeta, new_running_mean, new_running_var)."""
    x, dY, gamma, beta, running_mean, running_var = (
        np.asarray(a, dtype=np.float64) for a in (x, dY, gamma, beta, running_mean, running_var))
    # your code here
    Y = gamma * x + beta
    return Y, dY * gamma, np.zeros_like(gamma), np.zeros_like(beta), running_mean, running_var
