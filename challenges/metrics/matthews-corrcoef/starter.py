import numpy as np


def matthews_corrcoef(y_true, y_pred):
    """Matthews correlation coefficient for binary or multiclass labels (0.0 when undefined)."""
    # your code here
    return 1.0
