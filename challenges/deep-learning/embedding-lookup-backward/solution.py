import numpy as np


def embedding_forward_backward(indices, weight, dY, padding_idx=None, scale_grad_by_freq=False):
    """Embedding lookup weight[indices] and the gradient dW of the loss with respect to weight."""
    indices = np.asarray(indices, dtype=np.int64)
    weight = np.asarray(weight, dtype=np.float64)
    dY = np.asarray(dY, dtype=np.float64)
    vocab, dim = weight.shape
    out = weight[indices]  # shape indices.shape + (dim,)
    flat = indices.ravel()
    dW = np.zeros_like(weight)
    # unbuffered: a token that occurs several times adds all its gradients
    np.add.at(dW, flat, dY.reshape(-1, dim))
    if scale_grad_by_freq:
        counts = np.bincount(flat, minlength=vocab)
        seen = counts > 0
        dW[seen] /= counts[seen][:, None]
    if padding_idx is not None:
        dW[padding_idx % vocab] = 0.0  # a negative padding_idx counts from the end
    return out, dW
