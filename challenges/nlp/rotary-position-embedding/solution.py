import numpy as np


def apply_rope(x, positions, base=10000.0):
    """Rotary position embedding, half-split pairing (GPT-NeoX / Hugging Face LLaMA).

    x: (..., L, d) with d even; positions: (L,) integers. Dimension i is rotated together with
    i + d/2 by the angle positions * base ** (-2i / d). Returns float64 of x's shape.
    """
    x = np.asarray(x, dtype=np.float64)
    d = x.shape[-1]
    half = d // 2
    inv_freq = np.power(float(base), -np.arange(0, d, 2) / d)  # (d/2,)
    angles = np.asarray(positions, dtype=np.float64)[:, None] * inv_freq  # (L, d/2)
    cos, sin = np.cos(angles), np.sin(angles)
    x1, x2 = x[..., :half], x[..., half:]
    # rotate_half(x) = cat(-x2, x1); out = x * cos + rotate_half(x) * sin
    return np.concatenate([x1 * cos - x2 * sin, x2 * cos + x1 * sin], axis=-1)
