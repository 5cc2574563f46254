import numpy as np


def sgd_trajectory(A, c, x0, steps, lr, momentum=0.0, dampening=0.0, weight_decay=0.0, nesterov=False):
    """torch.optim.SGD on f(x) = 0.5 (x - c)^T A (x - c): returns the iterates x_0 .. x_steps."""
    A, c = np.asarray(A, dtype=np.float64), np.asarray(c, dtype=np.float64)
    x = np.array(x0, dtype=np.float64)
    path = [x]  # x is rebound, never changed in place
    buf = None
    for _ in range(steps):
        g = A @ (x - c) + weight_decay * x  # L2 decay joins the gradient (a no-op when 0)
        if momentum != 0:
            # the first step starts the buffer at g itself: no dampening yet
            buf = g if buf is None else momentum * buf + (1.0 - dampening) * g
            g = g + momentum * buf if nesterov else buf
        x = x - lr * g  # a new array: the path keeps every iterate
        path.append(x)
    return np.array(path)
