import numpy as np


def vae_reparameterize_kl(mu, logvar, eps, dz, reduction="mean"):
    """z = mu + exp(logvar / 2) * eps and the KL term; returns (z, kl, dmu, dlogvar) for L = sum(z * dz) + kl."""
    mu, logvar, eps, dz = (np.asarray(a, dtype=np.float64) for a in (mu, logvar, eps, dz))
    std = np.exp(0.5 * logvar)
    z = mu + std * eps
    # KL(N(mu, sigma^2) || N(0, 1)) per row, summed over the latent dimensions
    var = np.exp(logvar)
    per_row = -0.5 * (1.0 + logvar - mu**2 - var).sum(axis=1)
    scale = mu.shape[0] if reduction == "mean" else 1  # "mean": per sample, averaged over the batch
    kl = float(per_row.sum() / scale)
    dmu = dz + mu / scale  # d(z . dz)/dmu = dz; dKL/dmu = mu
    dlogvar = dz * eps * 0.5 * std + 0.5 * (var - 1.0) / scale
    return z, kl, dmu, dlogvar
