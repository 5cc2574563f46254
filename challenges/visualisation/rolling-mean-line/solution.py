import matplotlib.pyplot as plt
import numpy as np


def plot_rolling_mean(values, window=3, title="Rolling mean"):
    """A line chart of the series and its trailing rolling mean, with a legend and axis labels."""
    y = np.asarray(values, dtype=float)
    x = np.arange(len(y))
    fig, ax = plt.subplots()
    ax.plot(x, y, color="tab:gray", label="series")
    if window <= len(y):
        # each window's own mean: a NaN stays inside its windows, and a huge value cannot
        # swallow later small ones as a running cumulative sum would
        means = np.lib.stride_tricks.sliding_window_view(y, window).mean(axis=1)
        ax.plot(x[window - 1:], means, color="tab:orange", label=f"rolling mean ({window})")
    else:
        ax.plot([], [], color="tab:orange", label=f"rolling mean ({window})")
    ax.set_title(title)
    ax.set_xlabel("index")
    ax.set_ylabel("value")
    ax.legend()
    return fig
