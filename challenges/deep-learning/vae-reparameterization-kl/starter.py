import numpy as np


def vae_reparameterize_kl(mu, logvar, eps, dz, reduction="mean"):
    """z = mu + exp(logvar / 2) * eps and the KL term; returns (z, kl, dmu, dlogvar) for L = sum(z * dz) + kl."""
    mu, logvar, eps, dz = (np.asarray(a, dtype=np.float64) for a in (mu, logvar, eps, dz))
    # your code here
    z = mu + logvar * eps
    return z, 0.0, dz, dz * eps
