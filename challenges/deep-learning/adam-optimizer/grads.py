"""Gradient functions for the tests: callables with a readable, deterministic repr."""

import numpy as np


class QuadraticGrad:
    """Gradient of f(x) = 0.5 * sum(scale * (x - center) ** 2), i.e. scale * (x - center)."""

    def __init__(self, center, scale):
        self.center = np.asarray(center, dtype=np.float64)
        self.scale = np.asarray(scale, dtype=np.float64)

    def __call__(self, x):
        return self.scale * (np.asarray(x, dtype=np.float64) - self.center)

    def __repr__(self):
        if self.center.size > 6:
            return f"QuadraticGrad(<{self.center.size} coordinates>)"
        return f"QuadraticGrad(center={self.center.tolist()}, scale={self.scale.tolist()})"


class ConstantGrad:
    """The same gradient at every point (the gradient of a linear function)."""

    def __init__(self, g):
        self.g = np.asarray(g, dtype=np.float64)

    def __call__(self, x):
        return self.g.copy()

    def __repr__(self):
        return f"ConstantGrad({self.g.tolist()})"


class RosenbrockGrad:
    """Gradient of (1 - x)^2 + 100 (y - x^2)^2 at the point (x, y)."""

    def __call__(self, p):
        x, y = float(p[0]), float(p[1])
        return np.array([-2.0 * (1.0 - x) - 400.0 * x * (y - x * x), 200.0 * (y - x * x)])

    def __repr__(self):
        return "RosenbrockGrad()"
