import numpy as np


def ddpm_add_noise(x0, t, rng, schedule="linear", num_steps=1000):
    """Sample x_t ~ q(x_t | x_0) = N(sqrt(abar_t) x_0, (1 - abar_t) I) for a DDPM noise schedule.

    x0: (B, ...); t: an int or an int array (B,) in 0 .. num_steps - 1; rng: a numpy Generator
    or an int seed. Returns (x_t, noise), both float64 of x0's shape, with
    noise = np.random.default_rng(rng).standard_normal(x0.shape).
    """
    x0 = np.asarray(x0, dtype=np.float64)
    rng = np.random.default_rng(rng)  # a seed becomes a Generator; a Generator is used as it is
    noise = rng.standard_normal(x0.shape)
    # your code here: for now, the linear beta at step t is used instead of the product alpha_bar
    beta = 1e-4 + (0.02 - 1e-4) * np.asarray(t) / (num_steps - 1)
    beta = beta.reshape(beta.shape + (1,) * (x0.ndim - beta.ndim))
    return np.sqrt(1.0 - beta) * x0 + np.sqrt(beta) * noise, noise
