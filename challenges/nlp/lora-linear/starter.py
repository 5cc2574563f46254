import numpy as np


def lora_linear(x, weight, lora_A, lora_B, lora_alpha, bias=None, use_rslora=False):
    """A linear layer with a LoRA adapter (peft.tuners.lora.Linear in eval mode).

    x: (..., in); weight: (out, in); lora_A: (r, in); lora_B: (out, r); bias: (out,) or None.
    Returns (y, merged_weight): y = x W^T + b + scaling * (x A^T) B^T, shape (..., out), and
    merged_weight = W + scaling * B A, shape (out, in); scaling = alpha / r (alpha / sqrt(r) for rsLoRA).
    """
    x, W = np.asarray(x, dtype=np.float64), np.asarray(weight, dtype=np.float64)
    # your code here: for now, the adapter is ignored
    y = x @ W.T
    if bias is not None:
        y = y + np.asarray(bias, dtype=np.float64)
    return y, W.copy()
