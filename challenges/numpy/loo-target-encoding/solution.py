import numpy as np


def target_encode(train_cats, train_y, test_cats, smoothing=10.0):
    """(train_enc, test_enc): smoothed category means; leave-one-out for training rows; prior if unseen."""
    train_cats = np.asarray(train_cats)
    test_cats = np.asarray(test_cats)
    y = np.asarray(train_y, dtype=np.float64)
    m = float(smoothing)
    prior = y.mean()
    # per-category totals in one sort: cats sorted, inv maps every training row to its category
    cats, inv, counts = np.unique(train_cats, return_inverse=True, return_counts=True)
    sums = np.bincount(inv, weights=y, minlength=len(cats))
    # leave-one-out: each training row's category totals without the row itself
    num = sums[inv] - y + m * prior
    den = counts[inv] - 1 + m
    train_enc = np.divide(num, den, out=np.full(len(y), prior), where=den > 0)
    # test rows: binary search in the sorted categories; a miss is an unseen category
    pos = np.minimum(np.searchsorted(cats, test_cats), len(cats) - 1)
    seen = cats[pos] == test_cats
    test_enc = np.where(seen, (sums[pos] + m * prior) / (counts[pos] + m), prior)
    return train_enc, test_enc
