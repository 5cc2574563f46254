import matplotlib.pyplot as plt
import numpy as np


def confusion_heatmap(y_true, y_pred, labels=None, normalize=None, title="Confusion matrix"):
    """A confusion-matrix heatmap: annotated cells, class tick labels and a colorbar."""
    if labels is None:
        labels = sorted(set(y_true) | set(y_pred))
    index = {label: i for i, label in enumerate(labels)}
    k = len(labels)
    counts = np.zeros((k, k), dtype=np.int64)
    for t, p in zip(y_true, y_pred):
        if t in index and p in index:
            counts[index[t], index[p]] += 1
    if normalize is None:
        data, vmax, fmt, bar_label = counts, max(int(counts.max(initial=0)), 1), "d", "count"
    else:
        if normalize == "true":
            totals = counts.sum(axis=1, keepdims=True)
        elif normalize == "pred":
            totals = counts.sum(axis=0, keepdims=True)
        elif normalize == "all":
            totals = counts.sum(keepdims=True)
        else:
            raise ValueError(f"normalize must be None, 'true', 'pred' or 'all', not {normalize!r}")
        # an empty row (or column) of the matrix stays 0 rather than 0/0
        data = np.divide(counts, totals, out=np.zeros((k, k)), where=totals > 0)
        vmax, fmt, bar_label = 1.0, ".2f", "share"

    fig, ax = plt.subplots()
    image = ax.imshow(data, cmap="Blues", vmin=0, vmax=vmax)
    for i in range(k):
        for j in range(k):
            value = data[i, j]
            ax.text(j, i, format(value, fmt), ha="center", va="center",
                    color="white" if value > vmax / 2 else "black")
    names = [str(label) for label in labels]
    ax.set_xticks(range(k), names)
    ax.set_yticks(range(k), names)
    ax.set_xlabel("Predicted label")
    ax.set_ylabel("True label")
    ax.set_title(title)
    fig.colorbar(image, ax=ax, label=bar_label)
    return fig
