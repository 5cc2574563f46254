import numpy as np


def one_vs_rest_predict(fit_binary, X_train, y_train, X_test, return_scores=False):
    """Labels for X_test from one binary scorer per class (that class against all others).

    With return_scores, also the (m, classes) matrix of scores, one column per sorted class.
    """
    # your code here: for now, the most frequent training label everywhere
    classes, counts = np.unique(y_train, return_counts=True)
    labels = np.full(len(X_test), classes[np.argmax(counts)])
    if return_scores:
        return labels, np.zeros((len(X_test), len(classes)))
    return labels
