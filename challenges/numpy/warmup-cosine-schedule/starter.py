import numpy as np


def warmup_cosine_lr(steps, base_lr=1e-3, warmup_steps=100, total_steps=1000, min_lr=0.0):
    """Learning rate per step: linear warmup, cosine decay to min_lr, then min_lr."""
    # your code here: for now a constant learning rate
    return np.full(np.shape(steps), base_lr, dtype=np.float64)
