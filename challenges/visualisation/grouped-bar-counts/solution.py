from collections import Counter

import matplotlib.pyplot as plt
import numpy as np


def grouped_bar_counts(categories, groups, category_order=None, title="Counts by category"):
    """Grouped bars: one bar per (category, group) pair, one colour and legend entry per group."""
    rows = [(c, g) for c, g in zip(categories, groups) if c is not None and g is not None]
    if category_order is None:
        totals = Counter(c for c, _ in rows)
        order = sorted(totals, key=lambda c: (-totals[c], c))
    else:
        order = list(category_order)
        listed = set(order)
        rows = [(c, g) for c, g in rows if c in listed]
    counts = Counter(rows)
    group_names = sorted({g for _, g in rows})
    x = np.arange(len(order))
    width = 0.8 / max(len(group_names), 1)
    fig, ax = plt.subplots()
    for j, g in enumerate(group_names):
        heights = [counts[(c, g)] for c in order]
        ax.bar(x - 0.4 + (j + 0.5) * width, heights, width=width, color=f"C{j}", label=g)
    ax.set_xticks(x, order)
    ax.set_title(title)
    ax.set_xlabel("category")
    ax.set_ylabel("count")
    if group_names:
        ax.legend()
    return fig
