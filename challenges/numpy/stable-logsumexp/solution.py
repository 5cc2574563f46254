import numpy as np


def _lse_last_axis(x):
    """log-sum-exp over the last axis of a float64 array."""
    if x.shape[-1] == 0:
        return np.full(x.shape[:-1], -np.inf)  # the log of an empty sum
    m = x.max(axis=-1)
    # an all -inf slice would give -inf - -inf = NaN: shift it by 0 instead
    m = np.where(m > -np.inf, m, 0.0)
    with np.errstate(divide="ignore"):  # log(0) = -inf is the right answer there
        return np.log(np.exp(x - m[..., None]).sum(axis=-1)) + m


def logsumexp(x, axis=-1, keepdims=False):
    """log(sum(exp(x))) along axis, stable for large and small x; -inf for empty or all -inf slices."""
    x = np.asarray(x, dtype=np.float64)
    if axis is None:
        out = _lse_last_axis(x.reshape(1, -1))  # every entry in one slice: shape (1,)
        return out.reshape((1,) * x.ndim) if keepdims else out[0]
    out = _lse_last_axis(np.moveaxis(x, axis, -1))
    return np.expand_dims(out, axis) if keepdims else out
