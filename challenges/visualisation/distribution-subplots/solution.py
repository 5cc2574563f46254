import math

import matplotlib.pyplot as plt
import numpy as np


def distribution_grid(columns, ncols=3, bins=10):
    """One histogram per column in a grid of subplots that share their y axis."""
    names = list(columns)
    ncols = min(ncols, len(names))
    if ncols == 0:
        fig = plt.figure(figsize=(3.2, 2.6))
        fig.suptitle("Distributions")
        return fig
    nrows = math.ceil(len(names) / ncols)
    fig, axes = plt.subplots(nrows, ncols, sharey=True, squeeze=False,
                             figsize=(3.2 * ncols, 2.6 * nrows))
    for i, ax in enumerate(axes.flat):
        if i >= len(names):
            fig.delaxes(ax)
            continue
        values = np.asarray(columns[names[i]], dtype=float)
        values = values[~np.isnan(values)]
        if values.size:
            ax.hist(values, bins=bins, color="tab:blue")
        else:
            ax.text(0.5, 0.5, "no data", ha="center", va="center", transform=ax.transAxes)
        ax.set_title(names[i])
        if i % ncols == 0:
            ax.set_ylabel("count")
    fig.suptitle("Distributions")
    return fig
