import numpy as np


def oob_accuracy(tree_predictions, bootstrap_indices, y):
    """Out-of-bag accuracy of a bagged ensemble: each sample voted on only by the trees that
    did not train on it (ties to the smallest label; samples in every bag are skipped)."""
    # your code here: for now, the majority vote of all trees (the training accuracy, a leak)
    P = np.asarray(tree_predictions)
    majority = [np.unique(col)[np.argmax(np.unique(col, return_counts=True)[1])] for col in P.T]
    return float(np.mean(np.asarray(majority) == np.asarray(y)))
