import numpy as np


def lora_linear(x, weight, lora_A, lora_B, lora_alpha, bias=None, use_rslora=False):
    """A linear layer with a LoRA adapter (peft.tuners.lora.Linear in eval mode).

    x: (..., in); weight: (out, in); lora_A: (r, in); lora_B: (out, r); bias: (out,) or None.
    Returns (y, merged_weight): y = x W^T + b + scaling * (x A^T) B^T, shape (..., out), and
    merged_weight = W + scaling * B A, shape (out, in); scaling = alpha / r (alpha / sqrt(r) for rsLoRA).
    """
    x, W, A, B = (np.asarray(a, dtype=np.float64) for a in (x, weight, lora_A, lora_B))
    r = A.shape[0]
    scaling = lora_alpha / np.sqrt(r) if use_rslora else lora_alpha / r
    y = x @ W.T + ((x @ A.T) @ B.T) * scaling  # low rank first: never forms the (out, in) update
    if bias is not None:
        y = y + np.asarray(bias, dtype=np.float64)
    return y, W + scaling * (B @ A)
