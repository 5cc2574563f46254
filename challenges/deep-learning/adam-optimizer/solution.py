import numpy as np


def adam_trajectory(grad_fn, x0, steps, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    """Run `steps` Adam updates from x0; return every iterate, x0 first: shape (steps + 1, *x0.shape)."""
    x = np.array(x0, dtype=np.float64)  # a float64 copy: x0 is never modified
    m = np.zeros_like(x)
    v = np.zeros_like(x)
    path = np.empty((steps + 1,) + x.shape)
    path[0] = x
    for t in range(1, steps + 1):  # t starts at 1: the bias corrections divide by 1 - beta**t
        g = np.asarray(grad_fn(x), dtype=np.float64)
        m = beta1 * m + (1.0 - beta1) * g
        v = beta2 * v + (1.0 - beta2) * g * g
        m_hat = m / (1.0 - beta1**t)
        v_hat = v / (1.0 - beta2**t)
        x = x - lr * m_hat / (np.sqrt(v_hat) + eps)  # a new array: earlier rows stay as they were
        path[t] = x
    return path
