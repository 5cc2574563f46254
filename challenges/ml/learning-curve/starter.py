import numpy as np


def learning_curve(fit_predict, X, y, train_sizes, k=5):
    """Learning curve: accuracy on the training subset and on the held-out fold.

    Returns (train_scores, val_scores), each of shape (len(train_sizes), k).
    """
    # your code here: for now, every score is 0
    shape = (len(train_sizes), k)
    return np.zeros(shape), np.zeros(shape)
