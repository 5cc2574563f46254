import numpy as np


def precision_recall_curve(y_true, y_score):
    """Precision and recall at every distinct score threshold, thresholds increasing."""
    # your code here
    return [1.0], [0.0], []
