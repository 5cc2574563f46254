import numpy as np


def adam_trajectory(grad_fn, x0, steps, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    """Run `steps` Adam updates from x0; return every iterate, x0 first: shape (steps + 1, *x0.shape)."""
    x = np.array(x0, dtype=np.float64)
    # your code here: for now, plain gradient descent
    path = [x.copy()]
    for _ in range(steps):
        x = x - lr * np.asarray(grad_fn(x), dtype=np.float64)
        path.append(x.copy())
    return np.array(path)
