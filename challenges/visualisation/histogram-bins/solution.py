import bisect
import math

import matplotlib.pyplot as plt


def plot_histogram(values, edges, title, xlabel, ylabel="count", density=False):
    counts = [0] * (len(edges) - 1)
    for v in values:
        if math.isnan(v) or v < edges[0] or v > edges[-1]:
            continue
        # an inner edge belongs to the bin on its right; the last edge to the last bin
        i = bisect.bisect_right(edges, v) - 1
        counts[min(i, len(counts) - 1)] += 1
    widths = [right - left for left, right in zip(edges, edges[1:])]
    heights = counts
    total = sum(counts)
    if density and total:
        heights = [c / (total * w) for c, w in zip(counts, widths)]
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.bar(edges[:-1], heights, width=widths, align="edge", color="tab:blue", edgecolor="black")
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return fig
