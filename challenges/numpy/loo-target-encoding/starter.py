import numpy as np


def target_encode(train_cats, train_y, test_cats, smoothing=10.0):
    """(train_enc, test_enc): smoothed category means; leave-one-out for training rows; prior if unseen."""
    # your code here: for now every row is encoded with the global mean
    prior = float(np.mean(train_y))
    return np.full(len(train_cats), prior), np.full(len(test_cats), prior)
