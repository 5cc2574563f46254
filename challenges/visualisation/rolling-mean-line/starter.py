import matplotlib.pyplot as plt
import numpy as np


def plot_rolling_mean(values, window=3, title="Rolling mean"):
    """A line chart of the series and its trailing rolling mean, with a legend and axis labels."""
    y = np.asarray(values, dtype=float)
    fig, ax = plt.subplots()
    ax.plot(np.arange(len(y)), y)
    # your code here: the rolling mean line, the labels, the legend
    return fig
