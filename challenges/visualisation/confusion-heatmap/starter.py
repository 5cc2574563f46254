import matplotlib.pyplot as plt
import numpy as np


def confusion_heatmap(y_true, y_pred, labels=None, normalize=None, title="Confusion matrix"):
    """A confusion-matrix heatmap: annotated cells, class tick labels and a colorbar."""
    if labels is None:
        labels = sorted(set(y_true))
    counts = np.zeros((len(labels), len(labels)), dtype=int)
    # your code here: count the pairs, normalise, annotate the cells, label the ticks
    fig, ax = plt.subplots()
    ax.imshow(counts)
    return fig
