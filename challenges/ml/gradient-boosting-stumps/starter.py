import numpy as np


def gradient_boost_stumps(X_train, y_train, X_test, n_estimators=100, learning_rate=0.1):
    """Predictions for X_test of gradient boosting with depth-1 trees and squared loss."""
    # your code here: for now, the starting model only (the mean of y_train)
    return np.full(len(X_test), float(np.mean(y_train)))
