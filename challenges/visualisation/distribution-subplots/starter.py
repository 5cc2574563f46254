import matplotlib.pyplot as plt


def distribution_grid(columns, ncols=3, bins=10):
    """One histogram per column in a grid of subplots that share their y axis."""
    fig, ax = plt.subplots()
    for name, values in columns.items():
        ax.hist(values, bins=bins, label=name)
    # your code here: one subplot per column, laid out in a grid
    return fig
