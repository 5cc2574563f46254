import numpy as np


def decision_tree_predict(X_train, y_train, X_test, max_depth=None, min_samples_split=2):
    """Labels for X_test from a CART classification tree (Gini) grown on X_train, y_train."""
    # your code here: for now, a tree with no split at all (the majority label everywhere)
    classes, counts = np.unique(y_train, return_counts=True)
    return np.full(len(X_test), classes[np.argmax(counts)])
