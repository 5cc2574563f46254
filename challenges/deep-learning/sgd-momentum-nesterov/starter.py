import numpy as np


def sgd_trajectory(A, c, x0, steps, lr, momentum=0.0, dampening=0.0, weight_decay=0.0, nesterov=False):
    """torch.optim.SGD on f(x) = 0.5 (x - c)^T A (x - c): returns the iterates x_0 .. x_steps."""
    A, c = np.asarray(A, dtype=np.float64), np.asarray(c, dtype=np.float64)
    x = np.array(x0, dtype=np.float64)
    path = [x.copy()]
    # your code here: `steps` updates, each appending the new x
    return np.array(path)
