import matplotlib.pyplot as plt
import numpy as np


def scatter_with_fit(x, y, title="Least-squares fit"):
    """A scatter of (x, y) with its least-squares line; the legend states slope and intercept."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    keep = ~(np.isnan(x) | np.isnan(y))
    x, y = x[keep], y[keep]
    fig, ax = plt.subplots()
    ax.scatter(x, y, color="tab:blue", label="data")
    if np.unique(x).size >= 2:
        # centred sums: x around 1e9 with a small spread would lose every digit in sum(x**2)
        x_mean, y_mean = x.mean(), y.mean()
        dx = x - x_mean
        slope = (dx @ (y - y_mean)) / (dx @ dx)
        intercept = y_mean - slope * x_mean
        ends = np.array([x.min(), x.max()])
        ax.plot(ends, y_mean + slope * (ends - x_mean), color="tab:red",
                label=f"fit: slope {slope:.2f}, intercept {intercept:.2f}")
    ax.set_title(title)
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    ax.legend()
    return fig
