import matplotlib.pyplot as plt


def plot_histogram(values, edges, title, xlabel, ylabel="count", density=False):
    fig, ax = plt.subplots(figsize=(6, 4))
    # TODO: one bar per bin of `edges`, then the title and the axis labels
    return fig
