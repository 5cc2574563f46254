def precision_recall_f1(y_true, y_pred, pos_label=1, zero_division=0.0):
    """(precision, recall, f1) of pos_label; every other value is negative.

    A zero denominator gives zero_division; F1 = 2TP / (2TP + FP + FN).
    """
    tp = fp = fn = 0
    for t, p in zip(y_true, y_pred):
        if p == pos_label:
            if t == pos_label:
                tp += 1
            else:
                fp += 1
        elif t == pos_label:
            fn += 1

    def ratio(num, den):
        return num / den if den else zero_division

    return (ratio(tp, tp + fp), ratio(tp, tp + fn), ratio(2 * tp, 2 * tp + fp + fn))
