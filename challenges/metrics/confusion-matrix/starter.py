def confusion_report(y_true, y_pred, labels=None):
    """Confusion matrix (rows = true, columns = predicted) and accuracy.

    labels: the row/column order; None means the sorted union of both lists.
    Returns {"labels": list, "matrix": list[list[int]], "accuracy": float}.
    """
    # your code here
    return {"labels": [], "matrix": [], "accuracy": 0.0}
