import numpy as np


def batchnorm1d(x, dY, gamma, beta, running_mean, running_var, training=True, momentum=0.1, eps=1e-5):
    """BatchNorm1d on (N, C): returns (Y, dX, dgamma, dbeta, new_running_mean, new_running_var)."""
    x, dY, gamma, beta, running_mean, running_var = (
        np.asarray(a, dtype=np.float64) for a in (x, dY, gamma, beta, running_mean, running_var))
    n = x.shape[0]
    if training:
        mean = x.mean(axis=0)
        centred = x - mean
        var = (centred**2).mean(axis=0)  # biased: this one normalises the batch
        inv_std = 1.0 / np.sqrt(var + eps)
        x_hat = centred * inv_std
        unbiased = var * n / (n - 1)  # the running estimate uses the unbiased variance
        new_mean = (1.0 - momentum) * running_mean + momentum * mean
        new_var = (1.0 - momentum) * running_var + momentum * unbiased
        g = dY * gamma  # dL/dx_hat
        # mean and var depend on every row: the two subtracted terms are their contributions
        dX = inv_std * (g - g.mean(axis=0) - x_hat * (g * x_hat).mean(axis=0))
    else:
        inv_std = 1.0 / np.sqrt(running_var + eps)
        x_hat = (x - running_mean) * inv_std
        new_mean, new_var = running_mean.copy(), running_var.copy()
        dX = dY * gamma * inv_std  # the statistics are constants in eval mode
    Y = gamma * x_hat + beta
    dgamma = (dY * x_hat).sum(axis=0)
    dbeta = dY.sum(axis=0)
    return Y, dX, dgamma, dbeta, new_mean, new_var
