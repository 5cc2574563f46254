def precision_recall_f1(y_true, y_pred, pos_label=1, zero_division=0.0):
    """(precision, recall, f1) of pos_label; every other value is negative.

    A zero denominator gives zero_division; F1 = 2TP / (2TP + FP + FN).
    """
    # your code here
    return (0.0, 0.0, 0.0)
