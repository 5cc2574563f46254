import numpy as np


def warmup_cosine_lr(steps, base_lr=1e-3, warmup_steps=100, total_steps=1000, min_lr=0.0):
    """Learning rate per step: linear warmup, cosine decay to min_lr, then min_lr."""
    s = np.asarray(steps, dtype=np.float64)
    # every piece is computed for every step, so guard the divisions that a piece's own
    # condition would have excluded (warmup_steps = 0, or no decay phase)
    ramp = base_lr * s / max(1, warmup_steps)
    progress = (s - warmup_steps) / max(1, total_steps - warmup_steps)
    cosine = min_lr + (base_lr - min_lr) * 0.5 * (1.0 + np.cos(np.pi * progress))
    # np.select takes the first condition that holds, element by element
    lr = np.select([s < warmup_steps, s < total_steps], [ramp, cosine], default=min_lr)
    return np.asarray(lr, dtype=np.float64)
