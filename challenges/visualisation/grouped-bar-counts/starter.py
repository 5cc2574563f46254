from collections import Counter

import matplotlib.pyplot as plt


def grouped_bar_counts(categories, groups, category_order=None, title="Counts by category"):
    """Grouped bars: one bar per (category, group) pair, one colour and legend entry per group."""
    totals = Counter(categories)
    fig, ax = plt.subplots()
    # your code here: one bar series per group, side by side within each category
    ax.bar(list(totals), list(totals.values()))
    return fig
