import numpy as np


def balanced_class_weights(y, beta=None):
    """(classes, class_weights, sample_weights): inverse frequency, or inverse effective number with beta."""
    # your code here: for now every class and every sample weighs 1
    classes = np.unique(y)
    return classes, np.ones(len(classes)), np.ones(len(y))
