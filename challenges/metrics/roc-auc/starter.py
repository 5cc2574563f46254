def roc_auc(y_true, y_score):
    """Area under the ROC curve; tied scores count 1/2. NaN unless both classes are present."""
    # your code here
    return 0.5
