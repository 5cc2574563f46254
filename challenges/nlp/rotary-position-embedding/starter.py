import numpy as np


def apply_rope(x, positions, base=10000.0):
    """Rotary position embedding, half-split pairing (GPT-NeoX / Hugging Face LLaMA).

    x: (..., L, d) with d even; positions: (L,) integers. Dimension i is rotated together with
    i + d/2 by the angle positions * base ** (-2i / d). Returns float64 of x's shape.
    """
    x = np.asarray(x, dtype=np.float64)
    # your code here: for now, no rotation at all
    return x.copy()
