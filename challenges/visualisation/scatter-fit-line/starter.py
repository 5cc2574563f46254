import matplotlib.pyplot as plt


def scatter_with_fit(x, y, title="Least-squares fit"):
    """A scatter of (x, y) with its least-squares line; the legend states slope and intercept."""
    fig, ax = plt.subplots()
    ax.scatter(x, y)
    # your code here: drop NaN pairs, fit the line, draw it from min(x) to max(x), label everything
    return fig
