def confusion_report(y_true, y_pred, labels=None):
    """Confusion matrix (rows = true, columns = predicted) and accuracy.

    labels: the row/column order; None means the sorted union of both lists.
    Returns {"labels": list, "matrix": list[list[int]], "accuracy": float}.
    """
    order = sorted(set(y_true) | set(y_pred)) if labels is None else list(labels)
    index = {label: i for i, label in enumerate(order)}
    matrix = [[0] * len(order) for _ in order]
    correct = 0
    for t, p in zip(y_true, y_pred):
        if t == p:
            correct += 1
        i, j = index.get(t), index.get(p)
        if i is not None and j is not None:
            matrix[i][j] += 1
    accuracy = correct / len(y_true) if y_true else 0.0
    return {"labels": order, "matrix": matrix, "accuracy": accuracy}
