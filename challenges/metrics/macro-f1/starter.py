def macro_f1(y_true, y_pred):
    """Macro-averaged F1 over the union of labels in y_true and y_pred (zero_division=0)."""
    # your code here
    return 0.0
