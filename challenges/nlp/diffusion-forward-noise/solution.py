import numpy as np


def ddpm_add_noise(x0, t, rng, schedule="linear", num_steps=1000):
    """Sample x_t ~ q(x_t | x_0) = N(sqrt(abar_t) x_0, (1 - abar_t) I) for a DDPM noise schedule.

    x0: (B, ...); t: an int or an int array (B,) in 0 .. num_steps - 1; rng: a numpy Generator
    or an int seed. Returns (x_t, noise), both float64 of x0's shape, with
    noise = np.random.default_rng(rng).standard_normal(x0.shape).
    """
    x0 = np.asarray(x0, dtype=np.float64)
    rng = np.random.default_rng(rng)  # a seed becomes a Generator; a Generator is used as it is
    if schedule == "linear":  # DDPM (Ho et al.): beta from 1e-4 to 0.02
        betas = np.linspace(1e-4, 0.02, num_steps)
    elif schedule == "cosine":  # improved DDPM (Nichol & Dhariwal), diffusers' "squaredcos_cap_v2"
        steps = np.arange(num_steps + 1) / num_steps
        f = np.cos((steps + 0.008) / 1.008 * np.pi / 2) ** 2
        betas = np.minimum(1.0 - f[1:] / f[:-1], 0.999)
    else:
        raise ValueError(f"unknown schedule {schedule!r}: use 'linear' or 'cosine'")
    alpha_bar = np.cumprod(1.0 - betas)
    abar = alpha_bar[np.asarray(t)]
    abar = abar.reshape(abar.shape + (1,) * (x0.ndim - abar.ndim))  # (B,) -> (B, 1, ..., 1)
    noise = rng.standard_normal(x0.shape)
    return np.sqrt(abar) * x0 + np.sqrt(1.0 - abar) * noise, noise
