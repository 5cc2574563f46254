import numpy as np


def logsumexp(x, axis=-1, keepdims=False):
    """log(sum(exp(x))) along axis, stable for large and small x; -inf for empty or all -inf slices."""
    # your code here: the textbook formula overflows for large logits
    return np.log(np.sum(np.exp(x), axis=axis, keepdims=keepdims))
