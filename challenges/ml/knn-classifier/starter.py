import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    """Label each row of X_test by a majority vote of its k nearest rows of X_train."""
    # your code here: for now, every point gets the first training label
    return np.full(len(X_test), y_train[0])
