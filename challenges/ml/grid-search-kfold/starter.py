import numpy as np


def grid_search_cv(fit_predict, X, y, param_values, k=5):
    """(best value, mean validation accuracy of every value) by k-fold cross-validation."""
    # your code here: for now, the first value and no scores
    return param_values[0], np.zeros(len(param_values))
